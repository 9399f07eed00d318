// match-decline: "not this time"; the same rule as match-accept (matchAccept.ts).
import { matchAnswer } from './matchAccept.ts';

export const matchDecline = matchAnswer('match-decline');
