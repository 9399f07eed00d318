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
  'policy.activityPay': 'Who pays the organiser of an activity?',
  'policy.activityPayHint': 'This is already chosen when someone makes an activity. They can choose something else.',
  'policy.checkpointQuorum': 'How many coordinators sign a summary?',
  'policy.checkpointQuorumHint':
    'Every quarter the devices make a summary of everything that happened. This many coordinators (or the kiosk) must approve it. Choose 1 to 5.',
  'policy.retention': 'For how many days do devices keep a private message for others?',
  'policy.retentionHint':
    'So a message arrives, even when someone was away for a long time. Choose 7 to 365. This does not work yet.',
  'policy.shareAcross': 'Neighbours may show their posts in linked networks',
  'policy.shareAcrossHint': 'Linking networks is not possible yet. This choice holds as soon as it is.',
  'policy.save': 'Save agreements',
  'policy.saved': 'Saved. The new agreements hold from now on.',
  'policy.wholeNumber': 'Fill in a whole number from {min} to {max}.',
  'audit.act.policy': 'Agreements changed',
};
