// Polish texts: the yearly look back (docs/protocol-together.md §6).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { survey as dutch } from '../nl/survey.ts';

export const survey: Translation<typeof dutch> = {
  'survey.title': 'Podsumowanie roku',
  'survey.anonymous':
    'Twoje odpowiedzi są anonimowe. Nikt nie widzi, co odpowiedziałeś, także koordynatorzy. Pokazywane są tylko sumy.',
  'survey.until': 'Otwarte do {date}.',
  'survey.none': 'Teraz nie ma podsumowania.',
  'survey.thanks': 'Dziękujemy! Twoje odpowiedzi zostaną wysłane w ciągu doby, osobno od twojego imienia.',
  'survey.send': 'Wyślij',
  'survey.missing': 'Wybierz odpowiedź na każde pytanie.',
  'survey.yes': 'Tak',
  'survey.no': 'Nie',
  'survey.scaleLow': '1 = wcale',
  'survey.scaleHigh': '5 = bardzo',
  'survey.section': 'Podsumowanie roku',
  'survey.sectionIntro':
    'Raz w roku zapytaj członków, jak było. Odpowiedzi są anonimowe. Widzisz tylko sumy, i to dopiero od 5 odpowiedzi.',
  'survey.new': 'Nowe podsumowanie',
  'survey.titleField': 'Tytuł',
  'survey.question': 'Pytanie {n}',
  'survey.questionField': 'Treść pytania',
  'survey.kind': 'Rodzaj odpowiedzi',
  'survey.kind.scale': 'Liczba od 1 do 5',
  'survey.kind.yes-no': 'Tak lub nie',
  'survey.kind.choice': 'Wybór z listy',
  'survey.choice': 'Wybór {n}',
  'survey.addChoice': 'Dodaj wybór',
  'survey.removeChoice': 'Usuń wybór {n}',
  'survey.addQuestion': 'Dodaj pytanie',
  'survey.removeQuestion': 'Usuń pytanie {n}',
  'survey.opens': 'Otwarte od',
  'survey.closes': 'Otwarte do',
  'survey.start': 'Rozpocznij podsumowanie',
  'survey.started': 'Podsumowanie jest gotowe dla członków.',
  'survey.incomplete': 'Podaj tytuł i tekst każdego pytania (a przy wyborze co najmniej 2 możliwości).',
  'survey.badDates': 'Data końca musi być po dacie początku.',
  'survey.results': 'Podsumowania',
  'survey.noSurveys': 'Jeszcze nie ma podsumowania.',
  'survey.period': '{opens} do {closes}',
  'survey.answers': 'Odpowiedzi',
  'survey.answered': 'Członkowie, którzy powiedzieli, że wzięli udział',
  'survey.moreAnswers':
    'Jest więcej odpowiedzi niż członków, którzy powiedzieli, że wzięli udział. Ktoś mógł odpowiedzieć więcej razy.',
  'survey.tooFew': 'Mniej niż 5 odpowiedzi: jeszcze nic nie widać.',
  'survey.answer': 'Odpowiedź',
  'survey.count': 'Liczba',
  'survey.report': 'Podsumowanie z członkami',
  'survey.reportIntro':
    'Anonimowe odpowiedzi członków, jako liczby na odpowiedź. Mniej niż 5 pokazano jako "< 5"; podsumowania z mniej niż 5 odpowiedziami nie ma.',
};
