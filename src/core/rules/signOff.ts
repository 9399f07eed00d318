// sign-off: a member no longer comes to an activity; the same rule as sign-up (signUp.ts),
// saying the opposite. The member's latest of the two counts.
import { signingRule } from './signUp.ts';

export const signOff = signingRule('sign-off', false);
