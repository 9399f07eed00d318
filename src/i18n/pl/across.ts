// Polish texts: posts and messages across a link with another neighbourhood (protocol-links.md §3).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { across as dutch } from '../nl/across.ts';

export const across: Translation<typeof dutch> = {
  'across.shareLegend': 'Pokazać też w połączonej dzielnicy?',
  'across.shareIn': 'Pokaż też w {place}',
  'across.shareHint': 'Sąsiedzi stamtąd zobaczą wtedy twoje ogłoszenie i twoje imię i mogą wysłać ci wiadomość.',
  'across.notInTerms': '{place}: nie można. {category} nie należy do umowy z tą dzielnicą.',
  'across.shared': 'Widoczne też w {place}. Jeśli usuniesz to ogłoszenie, zniknie też tam.',
  'across.from': 'To ogłoszenie pochodzi z {place}, dzielnicy połączonej z waszą.',
  'across.someoneFrom': 'Sąsiad z {place}',
  'across.title': 'Rozmowa z {name} z {place}',
  'across.titleSomeone': 'Rozmowa z sąsiadem z {place}',
  'across.fieldSomeone': 'Napisz do tego sąsiada z {place}',
  'across.private':
    'Tylko wy dwoje możecie to czytać. Idzie to przez komputery koordynatorów, więc odpowiedź może chwilę potrwać.',
  'across.field': 'Napisz do {name} z {place}',
  'across.send': 'Wyślij',
  'across.sent': 'Wysłano.',
  'across.responses': 'Odpowiedzi z innych dzielnic',
  'across.conversations': 'Rozmowy z innymi dzielnicami',
  'across.about': 'Dotyczy: {title}',
};
