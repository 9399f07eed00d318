// y-webrtc answers a peer's sync step 1 with everything that peer lacks: for a new device,
// the whole document, encoded afresh each time (16 MB for a busy year), and a query for
// awareness with every awareness state. A peer asking again and again on one connection
// would make a device rebuild and send the document without end. An honest peer asks
// once, when the connection opens (y-webrtc's 'connect' handler); one that asks more
// than a few times is dropped and must connect anew, through a relay, to ask again.

import { asksForAnswer } from './yWebrtcMessages.ts';

/** The asks one connection may make; honest y-webrtc makes one. */
export const maxAnswerRequestsPerConnection = 3;

export class AnswerRequests {
  private asked = 0;
  private readonly limit: number;

  constructor(limit = maxAnswerRequestsPerConnection) {
    this.limit = limit;
  }

  /** Counts the message if it asks for an answer; false once the peer has asked too often. */
  allow(message: Uint8Array): boolean {
    if (!asksForAnswer(message)) return true;
    this.asked++;
    return this.asked <= this.limit;
  }
}
