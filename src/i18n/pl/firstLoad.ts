// Texts of other areas that the board or the invite page shows before any page of those areas
// is opened; the rest of those areas is in office.ts. Typed by the Dutch file of the same name.
import type { Translation } from '../messages.ts';
import type { firstLoad as dutch } from '../nl/firstLoad.ts';

export const firstLoad: Translation<typeof dutch> = {
  'sharing.thanks.nav': 'Podziękowania',
  'sharing.ideas.nav': 'Pomysły',
  'plans.nav': 'Plany',
  'problem.unknown-plan': 'Tego planu nie ma jeszcze na tym urządzeniu. Spróbuj za chwilę.',
  'problem.over-limit': 'Nie możesz teraz dać tylu godzin: zeszłabyś/zszedłbyś poniżej granicy sąsiedztwa.',
  'problem.rule.plan-closed': 'Ten plan jest już zamknięty.',
  'problem.rule.over-plan': 'W planie nie ma dość godzin.',
  'problem.rule.too-early': 'To będzie możliwe dopiero później.',
  'together.agenda': 'Kalendarz',
  'problem.unknown-activity': 'Tego wydarzenia nie ma jeszcze na tym urządzeniu. Spróbuj za chwilę.',
  'survey.nav': 'Podsumowanie roku',
  'survey.invite': 'Jaki był dla ciebie ten rok? Weź udział w podsumowaniu: {title}.',
  'survey.inviteLink': 'Weź udział w podsumowaniu',
  'across.tag': 'Z {place}',
  'device.again': 'Zacznij od nowa',
  'device.problem.different': 'Cyfry nie były takie same. Nic nie zostało wysłane. Zacznij od nowa.',
  'device.checkIntro': 'Czy na obu ekranach są te same cyfry? Popatrz uważnie.',
  'device.checkLabel': 'Cyfry kontrolne: {code}',
  'device.different': 'Nie, inne cyfry',
  'device.same': 'Tak, te same cyfry',
};
