// Texts of other areas that the board or the invite page shows before any page of those areas
// is opened; the rest of those areas is in office.ts. Typed by the Dutch file of the same name.
import type { Translation } from '../messages.ts';
import type { firstLoad as dutch } from '../nl/firstLoad.ts';

export const firstLoad: Translation<typeof dutch> = {
  'sharing.thanks.nav': 'رسائل الشكر',
  'sharing.ideas.nav': 'أفكار',
  'plans.nav': 'الخطط',
  'problem.unknown-plan': 'هذه الخطة ليست على هذا الجهاز بعد. حاول مرة أخرى بعد قليل.',
  'problem.over-limit': 'لا يمكنك أن تعطي هذا العدد من الساعات الآن: ستنزل تحت حدّ الحي.',
  'problem.rule.plan-closed': 'هذه الخطة مُغلقة بالفعل.',
  'problem.rule.over-plan': 'لا توجد ساعات كافية في الخطة.',
  'problem.rule.too-early': 'هذا ممكن لاحقًا فقط.',
  'together.agenda': 'الأجندة',
  'problem.unknown-activity': 'هذا النشاط ليس على هذا الجهاز بعد. حاول مرة أخرى بعد قليل.',
  'survey.nav': 'نظرة إلى الوراء',
  'survey.invite': 'كيف كانت هذه السنة بالنسبة لك؟ شارك في النظرة إلى الوراء: {title}.',
  'survey.inviteLink': 'شارك في النظرة إلى الوراء',
  'across.tag': 'من {place}',
  'device.again': 'البدء من جديد',
  'device.problem.different': 'الأرقام لم تكن متطابقة. لم يُرسَل شيء. يُرجى البدء من جديد.',
  'device.checkIntro': 'هل تظهر الأرقام نفسها على الشاشتين؟ يُرجى التدقيق جيدًا.',
  'device.checkLabel': 'أرقام التحقق: {code}',
  'device.different': 'لا، أرقام مختلفة',
  'device.same': 'نعم، الأرقام نفسها',
};
