// The card member's screens at the kiosk, and how one screen moves to the next.
export type CardScreen =
  | { view: 'home' }
  | { view: 'new'; kind: 'request' | 'offer' }
  | { view: 'post'; id: string }
  | { view: 'hours' };

export type GoTo = (screen: CardScreen) => void;
