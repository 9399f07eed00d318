// What a kiosk keeps of its own, apart from the network: the count of wrong PINs per card.
// Never a card's share or key: those live in memory while the person is logged in.
import { Dexie, type EntityTable } from 'dexie';
import type { PinAttempts } from '../../core/pinAttempts.ts';

export interface PinAttemptRow extends PinAttempts {
  /** The card's locked share, named (a new PIN is a new share and starts a new count). */
  share: string;
}

export class KioskDatabase extends Dexie {
  pinAttempts!: EntityTable<PinAttemptRow, 'share'>;

  constructor(name = 'buurtruil-kiosk') {
    super(name);
    this.version(1).stores({ pinAttempts: 'share' });
  }
}
