// Polish texts: hours with several people and the thank-you board.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { sharing as dutch } from '../nl/sharing.ts';

export const sharing: Translation<typeof dutch> = {
  'sharing.group.open': 'Godziny dla kilku osób',
  'sharing.group.intro':
    'Pomogło kilku sąsiadów? A może ty pomogłeś kilku sąsiadom? Zapisz to za jednym razem. Każdy sąsiad potwierdza swoją część.',
  'sharing.group.pay': 'Daję godziny tym sąsiadom',
  'sharing.group.receive': 'Dostaję godziny od tych sąsiadów',
  'sharing.group.direction': 'Kto dostaje godziny?',
  'sharing.group.who': 'Wybierz sąsiadów',
  'sharing.group.minutesFor': 'Minuty dla: {name}',
  'sharing.group.what': 'Co zostało zrobione?',
  'sharing.group.send': 'Wyślij',
  'sharing.group.sent': 'Wysłano. Teraz każdy sąsiad potwierdza swoją część.',
  'sharing.group.noneChosen': 'Wybierz co najmniej jednego sąsiada.',
  'sharing.group.badMinutes': 'Podaj dla każdego sąsiada od 1 minuty do 24 godzin.',
  'sharing.parts.title': 'Godziny do potwierdzenia',
  'sharing.parts.intro': 'Czy to się zgadza? Godziny przechodzą dopiero, gdy oboje powiecie tak.',
  'sharing.parts.youGet': '{name} daje ci {hours}: {what}',
  'sharing.parts.youGive': 'Dajesz {name} {hours}: {what}',
  'sharing.parts.agree': 'Tak, zgadza się',
  'sharing.parts.decline': 'Nie, nie zgadza się',
  'sharing.parts.mine': 'Godziny z kilkoma osobami',
  'sharing.parts.moved': 'Dopisane',
  'sharing.parts.declined': 'Nie doszło do skutku',
  'sharing.parts.waiting': 'Czeka na potwierdzenie',
  'sharing.thanks.nav': 'Podziękowania',
  'sharing.thanks.title': 'Podziękowania',
  'sharing.thanks.intro':
    'Podziękowania od sąsiadów dla sąsiadów. Podziękowanie jest tu tylko wtedy, gdy obie strony się zgadzają.',
  'sharing.thanks.none': 'Na tablicy nie ma jeszcze podziękowań.',
  'sharing.thanks.fromTo': '{from} dziękuje: {to}',
  'sharing.thanks.mineTitle': 'Twoje podziękowania',
  'sharing.thanks.mineIntro':
    'Czy to podziękowanie może być na tablicy? Obie strony muszą powiedzieć tak. Zawsze możesz je zdjąć.',
  'sharing.thanks.mineNone': 'Nie dałeś ani nie dostałeś jeszcze podziękowania.',
  'sharing.thanks.show': 'Tak, na tablicę',
  'sharing.thanks.hide': 'Nie, nie na tablicę',
  'sharing.thanks.onBoard': 'Jest na tablicy',
  'sharing.thanks.waitOther': 'Czeka na: {name}',
  'sharing.thanks.notShown': 'Nie ma na tablicy',
  'sharing.thanks.hidden': 'Ukryte przez koordynatora',
  'sharing.thanks.kiosk': 'Podziękowania z sąsiedztwa',
};
