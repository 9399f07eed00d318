// The stories members read, newest first, each with this member's part: whether they have a
// say (the writer or in it), what they said, and whether it goes into the report now. A story
// a coordinator hid shows only to those with a say, marked hidden (as a hidden post to its author).
import type { Story, StoryConsent } from '../../core/state/togetherRecords.ts';
import type { SessionView } from '../session/SessionView.ts';

export interface StoryLine extends Story {
  /** The writer or one of the people in it: has a say on the report. */
  mine: boolean;
  said: StoryConsent | null;
  /** Everyone with a say said "report" (and no coordinator hid it). */
  inReport: boolean;
  /** A coordinator hid it. */
  hidden: boolean;
}

export function storiesFor(view: SessionView): StoryLine[] {
  const state = view.memberState;
  if (!state) return [];
  const me = view.memberKey;
  return [...state.stories.values()]
    .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1))
    .map((story) => {
      const everyone = [...new Set([story.author, ...story.people])];
      const hidden = state.hiddenPosts.has(story.id);
      return {
        ...story,
        mine: everyone.includes(me),
        said: state.storyConsents.get(`${story.id} ${me}`) ?? null,
        inReport:
          !hidden && everyone.every((member) => state.storyConsents.get(`${story.id} ${member}`)?.report === true),
        hidden,
      };
    })
    .filter((story) => !story.hidden || story.mine);
}
