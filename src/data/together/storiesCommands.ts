// Stories (docs/protocol-together.md §4): a member writes one, about up to eight neighbours;
// the writer and each of them say whether it may go into the report, and with their names.
import { idFromText } from '../../core/encoding/base64url.ts';
import { failed, type WriteResult } from '../session/WriteResult.ts';
import type { MemberWriter } from './groupHoursCommands.ts';
import { hideEntry } from './hideEntry.ts';

export class StoriesCommands {
  private readonly host: MemberWriter;

  constructor(host: MemberWriter) {
    this.host = host;
  }

  write(title: string, text: string, people: readonly string[]): Promise<WriteResult> {
    if (!this.host.memberState) return Promise.resolve(failed('no-member-room'));
    return this.host.write('story', { title: title.trim(), text: text.trim(), people: people.map(idFromText) });
  }

  /** This member's say: into the report (or not), with their name (or not). */
  consent(story: string, report: boolean, named: boolean): Promise<WriteResult> {
    if (!this.host.memberState?.stories.has(story)) return Promise.resolve(failed('no-member-room'));
    return this.host.write('story-consent', { story: idFromText(story), report, named });
  }

  /** A coordinator hides a story: off the page for everyone but its people, out of the report. */
  hide(story: string): Promise<WriteResult> {
    return hideEntry(this.host, story, (state, id) => state.stories.has(id));
  }
}
