// The network's settings as they are now, for the coordinator's form.
import type { Settings } from '../../core/entry/bodies.ts';
import type { SessionView } from '../session/SessionView.ts';

export type { Settings };

export function currentSettings(view: SessionView): Settings | null {
  return view.memberState?.network ?? null;
}
