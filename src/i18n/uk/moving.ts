// Ukrainian texts: a member moves house to a linked neighbourhood (protocol-links.md §5).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { moving as dutch } from '../nl/moving.ts';

export const moving: Translation<typeof dutch> = {
  'move.title': 'Переїзд до іншого району',
  'move.intro': 'Ти переїжджаєш до району, пов’язаного з цим? Тоді можеш узяти свої години з собою.',
  'move.choose': 'До якого району ти переїжджаєш?',
  'move.what': 'Що відбудеться?',
  'move.hoursGo': 'Твої години йдуть з тобою: {hours}.',
  'move.historyStays': 'Те, що ти робив тут, тут і збережеться.',
  'move.bothAgree': 'Твій координатор і координатор {to} мають обоє сказати так.',
  'move.afterwards': 'Потім ти сусід у {to}. Тут ти вже нічого не зможеш робити.',
  'move.confirm': 'Так, я хочу переїхати до {to}',
  'move.asked': 'Ти попросив переїхати до {to}. Координатори ще мають сказати так.',
  'move.done': 'Ти переїхав до {to}. Твої години пішли з тобою.',
  'move.open': 'До {to}',
  'move.waitKey': 'Чекаємо, поки {to} надішле тобі доступ…',
  'move.thisDevice': 'Ти переїжджаєш з цим телефоном чи комп’ютером. Інший пристрій під’єднаєш потім знову в {to}.',
  'move.otherDevice': 'Твій доступ до {to} є на телефоні чи комп’ютері, з якого ти попросив переїхати. Продовжуй там.',
  'move.requestsTitle': 'Сусіди, які хочуть переїхати',
  'move.requestRow': '{name} хоче переїхати до {to}. Години, що йдуть: {hours}.',
  'move.agree': 'Так, {name} переїжджає до {to}',
  'move.incomingTitle': 'Сусіди, які переїжджають сюди',
  'move.incomingRow': '{name} приходить з {from}, з {hours}.',
  'move.welcome': 'Так, вітаємо, {name}',
  'move.movedTitle': 'Переїхали',
  'move.movedRow': '{name} переїхав до {to}. Те, що {name} робив тут, збережеться.',
};
