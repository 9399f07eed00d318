// y-webrtc answers a peer's sync step 1 with everything that peer lacks: for a new device,
// the whole document, encoded afresh each time (16 MB for a busy year), and a query for
// awareness with every awareness state. A peer asking again and again on one connection
// would make a device rebuild and send the document without end. An honest peer asks
// once when the connection opens (y-webrtc's 'connect' handler), twice more in its first
// 15 s and then once every 20 s (WebrtcRoomNetwork.ts); one that asks faster than the
// asks given back over time is dropped and must connect anew, through a relay, to ask again.

import { asksForAnswer } from './yWebrtcMessages.ts';

/** The asks one connection may make at once; honest y-webrtc makes one, Buurtruil three in 15 s. */
export const maxAnswerRequestsPerConnection = 3;
/** One ask is given back this often, up to the most at once (an honest peer asks every 20 s). */
export const askGivenBackMs = 15_000;

export class AnswerRequests {
  private readonly limit: number;
  private readonly now: () => number;
  /** Asks left, a fraction while one is being given back. */
  private left: number;
  private checkedAt: number;

  constructor(limit = maxAnswerRequestsPerConnection, now: () => number = Date.now) {
    this.limit = limit;
    this.now = now;
    this.left = limit;
    this.checkedAt = now();
  }

  /** Counts the message if it asks for an answer; false once the peer has asked too often. */
  allow(message: Uint8Array): boolean {
    if (!asksForAnswer(message)) return true;
    const now = this.now();
    this.left = Math.min(this.limit, this.left + (now - this.checkedAt) / askGivenBackMs);
    this.checkedAt = now;
    if (this.left < 1) return false;
    this.left--;
    return true;
  }
}
