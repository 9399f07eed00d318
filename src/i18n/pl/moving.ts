// Polish texts: a member moves house to a linked neighbourhood (protocol-links.md §5).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { moving as dutch } from '../nl/moving.ts';

export const moving: Translation<typeof dutch> = {
  'move.title': 'Przeprowadzka do innej dzielnicy',
  'move.intro': 'Przeprowadzasz się do dzielnicy połączonej z tą? Wtedy możesz zabrać swoje godziny ze sobą.',
  'move.choose': 'Do której dzielnicy się przeprowadzasz?',
  'move.what': 'Co się stanie?',
  'move.hoursGo': 'Twoje godziny idą z tobą: {hours}.',
  'move.historyStays': 'To, co tu zrobiłeś, zostaje tu zapisane.',
  'move.bothAgree': 'Twój koordynator i koordynator dzielnicy {to} muszą obaj powiedzieć tak.',
  'move.afterwards': 'Potem jesteś sąsiadem w {to}. Tutaj nie możesz już nic zrobić.',
  'move.confirm': 'Tak, chcę się przeprowadzić do {to}',
  'move.asked': 'Poprosiłeś o przeprowadzkę do {to}. Koordynatorzy muszą jeszcze powiedzieć tak.',
  'move.done': 'Przeprowadziłeś się do {to}. Twoje godziny poszły z tobą.',
  'move.open': 'Do {to}',
  'move.waitKey': 'Czekamy, aż {to} wyśle ci dostęp…',
  'move.thisDevice':
    'Przeprowadzasz się z tym telefonem lub komputerem. Inne urządzenie połączysz potem ponownie w {to}.',
  'move.otherDevice':
    'Twój dostęp do {to} jest na telefonie lub komputerze, z którego poprosiłeś o przeprowadzkę. Kontynuuj tam.',
  'move.requestsTitle': 'Sąsiedzi, którzy chcą się przeprowadzić',
  'move.requestRow': '{name} chce przenieść się do {to}. Godziny, które idą: {hours}.',
  'move.agree': 'Tak, {name} przeprowadza się do {to}',
  'move.incomingTitle': 'Sąsiedzi, którzy tu się przeprowadzają',
  'move.incomingRow': '{name} przychodzi z {from}, z {hours}.',
  'move.welcome': 'Tak, witaj {name}',
  'move.movedTitle': 'Przeprowadzeni',
  'move.movedRow': '{name} przeprowadził się do {to}. To, co {name} tu zrobił, zostaje zapisane.',
};
