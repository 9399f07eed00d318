// A coordinator takes a public entry of the together page out of sight (protocol.md §3.4:
// `hide-post` may name a thank-you, a story, a plan, an idea); the rule checks the role.
import { idFromText } from '../../core/encoding/base64url.ts';
import type { NetworkState } from '../../core/state/NetworkState.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { MemberWriter } from './groupHoursCommands.ts';

/** Writes `hide-post` naming `id`, once this device knows the entry (`known`). */
export function hideEntry(
  host: MemberWriter,
  id: string,
  known: (state: NetworkState, id: string) => boolean,
): Promise<WriteResult> {
  const state = host.memberState;
  if (!state) return Promise.resolve(failed('no-member-room'));
  if (!known(state, id)) return Promise.resolve(failed('unknown-post'));
  return host.write('hide-post', { post: idFromText(id), reason: '' });
}
