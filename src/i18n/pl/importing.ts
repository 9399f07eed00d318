// Polish texts: moving a timebank over from TimeOverflow.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { importing as dutch } from '../nl/importing.ts';

export const importing: Translation<typeof dutch> = {
  'import.title': 'Przeprowadzka z TimeOverflow',
  'import.intro':
    'Czy twoja okolica miała bank czasu w TimeOverflow? Przenieś sąsiadów, ich saldo i ich oferty do tej nowej sieci. Można to zrobić tylko wtedy, gdy w sieci nie ma jeszcze innych sąsiadów.',
  'import.membersFile': 'Lista członków z TimeOverflow (CSV)',
  'import.membersHint':
    'W TimeOverflow: Raporty, Członkowie, CSV. E-mail i telefon nie są przenoszone: Buurtruil zapisuje tylko imię i okolicę.',
  'import.offersFile': 'Oferty z TimeOverflow (CSV, może zostać puste)',
  'import.look': 'Zobacz, co zostanie przeniesione',
  'import.needMembers': 'Najpierw wybierz listę członków.',
  'import.summary': 'Do przeniesienia: sąsiedzi: {members}, oferty: {posts}. Razem wnoszą {hours}.',
  'import.membersCaption': 'Kto zostanie przeniesiony',
  'import.opening': 'Saldo',
  'import.problems': 'Tego nie da się przenieść',
  'import.notices': 'To zostanie przeniesione z małą zmianą',
  'import.issueLine': '{file}, wiersz {line}: {what}',
  'import.issue.unreadable': 'nie da się odczytać pliku ({value})',
  'import.issue.not-members-report': 'to nie jest lista członków z TimeOverflow',
  'import.issue.not-posts-report': 'to nie jest lista ofert z TimeOverflow',
  'import.issue.too-few-fields': 'za mało kolumn ({value})',
  'import.issue.missing-name': 'brak imienia (członek {value})',
  'import.issue.name-too-long': 'imię jest za długie: {value}',
  'import.issue.duplicate-number': 'numer członka występuje dwa razy: {value}',
  'import.issue.bad-balance': 'saldo nie jest liczbą: {value}',
  'import.issue.balance-too-large': 'saldo jest za duże: {value}',
  'import.issue.missing-title': 'brak tytułu (oferta {value})',
  'import.issue.unknown-member': 'od kogoś, kogo nie ma na liście członków: {value}',
  'import.issue.balance-rounded': 'saldo zaokrąglone do pełnych minut (sekundy: {value})',
  'import.issue.area-shortened': 'okolica skrócona: {value}',
  'import.issue.title-shortened': 'tytuł skrócony: {value}',
  'import.issue.category-guessed': 'rodzaj pomocy zgadnięty (było: {value})',
  'import.consent': 'Co powiedziano sąsiadom',
  'import.consentHint': 'To zostanie zapisane przy każdym przeniesionym sąsiedzie.',
  'import.consentDefault':
    'Twoje imię, saldo i oferty z TimeOverflow zostały przeniesione do Buurtruil, za twoją zgodą. E-mail i telefon nie zostały przeniesione.',
  'import.potNote': 'Wspólna skarbonka będzie na minusie: {hours}. Razem ze wszystkimi saldami to zawsze daje zero.',
  'import.run': 'Przenieś sąsiadów ({count})',
  'import.done': 'Przeniesiono. Sąsiedzi: {members}, oferty: {posts}.',
  'import.notNew': 'W tej sieci są już sąsiedzi. Przenosić można tylko do nowej sieci.',
  'import.claim':
    'Przeniesieni sąsiedzi dostają swoje godziny, gdy się zgłoszą: z kartą członkowską albo na własnym telefonie. Wtedy koordynator przenosi ich konto.',
  'import.issue.tags-shortened': 'nie wszystkie słowa kluczowe się mieszczą: pominięto {value}',
};
