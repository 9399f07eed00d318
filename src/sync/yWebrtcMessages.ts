// What a y-webrtc data-channel message is, from its first bytes (y-webrtc's src/y-webrtc.js
// and y-protocols' sync.js; each type is a varUint below 128, so one byte). Enough to
// refuse what is not y-webrtc and to see which messages ask for an answer.
const messageSync = 0;
const messageAwareness = 1;
const messageQueryAwareness = 3;
const syncStep1 = 0;

/** The message types y-webrtc sends over a data channel (4, the BroadcastChannel peer id, never goes there). */
export function isYWebrtcMessage(message: Uint8Array): boolean {
  const type = message[0];
  return type === messageSync || type === messageAwareness || type === messageQueryAwareness;
}

/** Whether this message asks the receiver to build and send an answer. */
export function asksForAnswer(message: Uint8Array): boolean {
  return (message[0] === messageSync && message[1] === syncStep1) || message[0] === messageQueryAwareness;
}
