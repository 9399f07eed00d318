// English texts: the network's agreements (the `policy` entry), on the coordinator's settings page.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { policy as dutch } from '../nl/policy.ts';

export const policy: Translation<typeof dutch> = {
  'policy.title': 'Agreements of the network',
  'policy.intro':
    'These agreements hold for everyone, from the moment you save them. A plan whose votes were already counted stays as it is.',
  'policy.voteShare': 'What percentage of yes votes does a plan need?',
  'policy.voteShareHint': 'A plan goes ahead when more than this share of the votes is yes. Choose 50 to 99.',
  'policy.voteQuorum': 'What percentage of the members must vote?',
  'policy.voteQuorumHint': 'If fewer members vote, the plan does not go ahead. Choose 0 to 100.',
  'policy.shareAcross': 'Neighbours may also show their posts in linked neighbourhoods',
  'policy.shareAcrossHint': 'If you turn this off, nobody can share new posts. What is shared already stays there.',
  'policy.activityPay': 'Who pays the organiser of an activity?',
  'policy.activityPayHint': 'This is already chosen when someone makes an activity. They can choose something else.',
  'policy.save': 'Save agreements',
  'policy.saved': 'Saved. The new agreements hold from now on.',
  'policy.wholeNumber': 'Fill in a whole number from {min} to {max}.',
  'audit.act.policy': 'Agreements changed',
};
