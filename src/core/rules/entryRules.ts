// Every entry type's rule, by type: the one place that lists them. A new entry type is its
// body shape in src/core/entry/bodies.ts (and, if it is an authority entry, its name in
// authorityTypes there), its rule in a file of this folder, and one line here; the types
// make sure each type has a rule of the right kind.
import type { AuthorityType, EntryType } from '../entry/bodies.ts';
import { activity } from './activity.ts';
import { activityApprove } from './activityApprove.ts';
import { activityCallOff } from './activityCallOff.ts';
import { activityCancel } from './activityCancel.ts';
import { activityUpdate } from './activityUpdate.ts';
import { admit } from './admit.ts';
import { answered } from './answered.ts';
import { attendance } from './attendance.ts';
import { came } from './came.ts';
import { cameFor } from './cameFor.ts';
import { card } from './card.ts';
import { checkpoint } from './checkpoint.ts';
import { crossMessage } from './crossMessage.ts';
import { crossPay } from './crossPay.ts';
import { cutMore } from './cutMore.ts';
import { decline } from './decline.ts';
import { deviceAdd } from './deviceAdd.ts';
import { deviceRemove } from './deviceRemove.ts';
import type { AuthorityRule, EntryRule, OrdinaryRule } from './EntryRule.ts';
import { enroll } from './enroll.ts';
import { falseCheckpoint } from './falseCheckpoint.ts';
import { genesis } from './genesis.ts';
import { grantRole } from './grantRole.ts';
import { groupHours } from './groupHours.ts';
import { hidePost } from './hidePost.ts';
import { hoursConfirm } from './hoursConfirm.ts';
import { hoursProposal } from './hoursProposal.ts';
import { idea } from './idea.ts';
import { invite } from './invite.ts';
import { join } from './join.ts';
import { link } from './link.ts';
import { linkAttest } from './linkAttest.ts';
import { linkEnd } from './linkEnd.ts';
import { linkRoster } from './linkRoster.ts';
import { linkStatement } from './linkStatement.ts';
import { matchAccept } from './matchAccept.ts';
import { matchDecline } from './matchDecline.ts';
import { message } from './message.ts';
import { met } from './met.ts';
import { moveAway } from './moveAway.ts';
import { moveIn } from './moveIn.ts';
import { moveMember } from './moveMember.ts';
import { moveOut } from './moveOut.ts';
import { partAnswer } from './partAnswer.ts';
import { plan } from './plan.ts';
import { planClose } from './planClose.ts';
import { planEnd } from './planEnd.ts';
import { planGrant } from './planGrant.ts';
import { planPay } from './planPay.ts';
import { pledge } from './pledge.ts';
import { policy } from './policy.ts';
import { post } from './post.ts';
import { postClose } from './postClose.ts';
import { postShare } from './postShare.ts';
import { postUpdate } from './postUpdate.ts';
import { potDonate } from './potDonate.ts';
import { potGrant } from './potGrant.ts';
import { profile } from './profile.ts';
import { profileMore } from './profileMore.ts';
import { recurring } from './recurring.ts';
import { reinstate } from './reinstate.ts';
import { rekey } from './rekey.ts';
import { reverseTransfer } from './reverseTransfer.ts';
import { revokeRole } from './revokeRole.ts';
import { roster } from './roster.ts';
import { setAside } from './setAside.ts';
import { settings } from './settings.ts';
import { signal } from './signal.ts';
import { signOff } from './signOff.ts';
import { signUp } from './signUp.ts';
import { story } from './story.ts';
import { storyConsent } from './storyConsent.ts';
import { survey } from './survey.ts';
import { surveyAnswer } from './surveyAnswer.ts';
import { suspend } from './suspend.ts';
import { thanks } from './thanks.ts';
import { thanksShow } from './thanksShow.ts';
import { transfer } from './transfer.ts';
import { vote } from './vote.ts';
import { vouch } from './vouch.ts';
import { warn } from './warn.ts';

export const entryRules: { [T in EntryType]: T extends AuthorityType ? AuthorityRule<T> : OrdinaryRule<T> } = {
  // Authority: judged one at a time in causal order (step 3).
  genesis,
  join,
  'device-add': deviceAdd,
  'device-remove': deviceRemove,
  'cut-more': cutMore,
  settings,
  policy,
  invite,
  admit,
  decline,
  enroll,
  card,
  suspend,
  reinstate,
  'grant-role': grantRole,
  'revoke-role': revokeRole,
  rekey,
  'move-member': moveMember,
  'set-aside': setAside,
  'hide-post': hidePost,
  warn,
  'reverse-transfer': reverseTransfer,
  'pot-grant': potGrant,
  vouch,
  met,
  'activity-approve': activityApprove,
  'activity-call-off': activityCallOff,
  'came-for': cameFor,
  checkpoint,
  'plan-grant': planGrant,
  vote,
  'plan-close': planClose,
  'plan-pay': planPay,
  'plan-end': planEnd,
  survey,
  link,
  'link-roster': linkRoster,
  'link-attest': linkAttest,
  'link-end': linkEnd,
  'link-statement': linkStatement,
  'move-out': moveOut,
  'move-in': moveIn,
  // Ordinary: judged against the membership that results (step 4).
  profile,
  idea,
  story,
  'story-consent': storyConsent,
  recurring,
  'profile-more': profileMore,
  post,
  'post-update': postUpdate,
  'post-close': postClose,
  message,
  signal,
  'match-accept': matchAccept,
  'match-decline': matchDecline,
  'hours-proposal': hoursProposal,
  'hours-confirm': hoursConfirm,
  transfer,
  'group-hours': groupHours,
  'part-answer': partAnswer,
  'pot-donate': potDonate,
  thanks,
  roster,
  'thanks-show': thanksShow,
  activity,
  'activity-update': activityUpdate,
  'activity-cancel': activityCancel,
  'sign-up': signUp,
  'sign-off': signOff,
  attendance,
  came,
  'false-checkpoint': falseCheckpoint,
  plan,
  pledge,
  answered,
  'survey-answer': surveyAnswer,
  'post-share': postShare,
  'cross-message': crossMessage,
  'cross-pay': crossPay,
  'move-away': moveAway,
};

/** The rule of an entry's type, as its common shape (TypeScript cannot follow which one). */
export function ruleOf(type: EntryType): EntryRule<EntryType> {
  return entryRules[type] as EntryRule<EntryType>;
}
