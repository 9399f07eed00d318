// Which stories go into the report for funders (docs/protocol-together.md §4, §8): those whose
// writer and every member in them said "report"; with the names only if each said "named".
// A story a coordinator hid (`hide-post` naming it) stays out, whatever they said.
// Nothing else of a story (who wrote it, when) is shown.

import { memberName } from './memberName.ts';
import type { NetworkState } from './NetworkState.ts';

export interface ReportStory {
  title: string;
  text: string;
  /** The names of the writer and the people in it, or null: anonymous. */
  names: string[] | null;
}

export function reportStories(state: NetworkState): ReportStory[] {
  const shown: ReportStory[] = [];
  const stories = [...state.stories.values()].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1));
  for (const story of stories) {
    if (state.hiddenPosts.has(story.id)) continue;
    const everyone = [...new Set([story.author, ...story.people])];
    const says = everyone.map((member) => state.storyConsents.get(`${story.id} ${member}`));
    if (!says.every((say) => say?.report)) continue;
    const named = says.every((say) => say?.named);
    shown.push({
      title: story.title,
      text: story.text,
      names: named
        ? everyone.map((key) => {
            const member = state.members.get(key);
            return member ? memberName(member) : '';
          })
        : null,
    });
  }
  return shown;
}
