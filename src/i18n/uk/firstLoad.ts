// Texts of other areas that the board or the invite page shows before any page of those areas
// is opened; the rest of those areas is in office.ts. Typed by the Dutch file of the same name.
import type { Translation } from '../messages.ts';
import type { firstLoad as dutch } from '../nl/firstLoad.ts';

export const firstLoad: Translation<typeof dutch> = {
  'sharing.thanks.nav': 'Подяки',
  'sharing.ideas.nav': 'Ідеї',
  'plans.nav': 'Плани',
  'problem.unknown-plan': 'Цього плану ще немає на цьому пристрої. Спробуй трохи пізніше.',
  'problem.over-limit': 'Зараз не можна дати стільки годин: ти опустишся нижче межі району.',
  'problem.rule.plan-closed': 'Цей план уже закрито.',
  'problem.rule.over-plan': 'У плані недостатньо годин.',
  'problem.rule.too-early': 'Це можна буде зробити пізніше.',
  'together.agenda': 'Розклад',
  'problem.unknown-activity': 'Цієї події ще немає на цьому пристрої. Спробуй трохи пізніше.',
  'survey.nav': 'Підсумок року',
  'survey.invite': 'Яким був цей рік для вас? Візьміть участь у підсумку: {title}.',
  'survey.inviteLink': 'Взяти участь у підсумку',
  'across.tag': 'З {place}',
  'device.again': 'Почати знову',
  'device.problem.different': 'Цифри не збіглися. Нічого не надіслано. Почніть знову.',
  'device.checkIntro': 'На обох екранах ті самі цифри? Подивіться уважно.',
  'device.checkLabel': 'Контрольні цифри: {code}',
  'device.different': 'Ні, інші цифри',
  'device.same': 'Так, ті самі цифри',
};
