// When a connected device asks its peer again what its doc lacks (a sync step 1, beside the
// one y-webrtc sends at connect): WebrtcRoomNetwork.ts asks so, AnswerRequests.ts lets a
// peer ask so and no faster.

/**
 * After a connection is up, ask the peer again what this doc lacks (a sync step 1) at these
 * ages, in ms. y-webrtc asks once, at connect; a first message lost in the handshake (seen
 * about once in a few dozen joins under load: "1 buur online" and no genesis for ever) then
 * leaves the two docs apart until one of them changes, which a lobby's genesis never does.
 * A step 1 is the state vector (a few bytes per writer); the answer holds only what is missing.
 */
export const resyncAtMs = [4000, 15_000];
/**
 * Then again this often, as long as the connection lasts: a change whose message is lost
 * on a live connection (y-webrtc drops a send that fails) left the docs apart until a
 * reconnect, and a writer's later changes wait behind the gap (the suspect behind a word of
 * thanks that did not reach the other side for 30 s under a full suite's load, twice in
 * CI; not reproduced alone). Answering costs the peer its delete set (2 ms for a four-year
 * doc in Node) when nothing is missing; a peer lets an ask in this often (AnswerRequests.ts).
 */
export const resyncEveryMs = 20_000;
