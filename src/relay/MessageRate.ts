// What a relay does with each message a connection sends: handle it while the sender stays
// within its rate, drop it (unread) when the sender is over, and close the connection
// when it keeps sending over the rate. Dropped messages cost the relay only the framing:
// they are judged before they are parsed.
import { type Clock, monotonicMs, TokenBucket } from './TokenBucket.ts';

export interface MessageRateLimits {
  /** Messages a connection may send at once, e.g. on joining a room with many peers. */
  burst: number;
  /** Messages per second after the burst. */
  perSecond: number;
  /** Over-rate messages forgiven (refilled one a second) before the connection is closed. */
  forgivenDrops: number;
}

export type MessageVerdict = 'handle' | 'drop' | 'close';

export class MessageRate {
  private readonly messages: TokenBucket;
  private readonly patience: TokenBucket;

  constructor(limits: MessageRateLimits, now: Clock = monotonicMs) {
    this.messages = new TokenBucket(limits.burst, limits.perSecond, now);
    this.patience = new TokenBucket(limits.forgivenDrops, 1, now);
  }

  judge(): MessageVerdict {
    if (this.messages.take()) return 'handle';
    return this.patience.take() ? 'drop' : 'close';
  }
}
