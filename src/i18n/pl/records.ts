// Polish texts: the coordinator's records: the log, who we see little of, the pot and the house rules.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { records as dutch } from '../nl/records.ts';

export const records: Translation<typeof dutch> = {
  'audit.title': 'Dziennik',
  'audit.intro':
    'Wszystko, co robią koordynatorzy: kto, kiedy i dlaczego. Wszyscy koordynatorzy widzą ten sam dziennik. Nikt nie może zmienić ani usunąć wpisu.',
  'audit.filters': 'Wybierz, co pokazuje dziennik',
  'audit.type': 'Rodzaj',
  'audit.allTypes': 'Wszystko',
  'audit.word': 'Szukaj w dzienniku',
  'audit.none': 'W dzienniku jeszcze nic nie ma.',
  'audit.when': 'Kiedy',
  'audit.who': 'Kto',
  'audit.what': 'Co',
  'audit.why': 'Dlaczego',
  'audit.more': 'Starszych wpisów jest jeszcze: {count}. Użyj wyszukiwania, żeby je znaleźć.',
  'audit.role.coordinator': 'koordynator',
  'audit.role.kiosk': 'infokiosk',
  'audit.act.admit': 'Przyjęcie do sieci',
  'audit.act.decline': 'Prośba nieprzyjęta',
  'audit.act.enroll': 'Zapisanie do sieci',
  'audit.act.hide-post': 'Ukryte ogłoszenie',
  'audit.act.warn': 'Ostrzeżenie',
  'audit.act.suspend': 'Przerwa',
  'audit.act.reinstate': 'Znowu bierze udział',
  'audit.act.rekey': 'Nowy klucz sieci',
  'audit.act.reverse-transfer': 'Cofnięte godziny',
  'audit.act.pot-grant': 'Godziny ze wspólnej skarbonki',
  'audit.act.grant-role': 'Nadana rola',
  'audit.act.revoke-role': 'Odebrana rola',
  'audit.act.settings': 'Zmienione ustawienia',
  'audit.act.invite': 'Zaproszenie (nowe lub przekazane)',
  'audit.act.move-member': 'Przeniesione konto',
  'audit.act.card': 'Karta członkowska',
  'audit.act.other': 'Inne',

  'outreach.title': 'Kogo widzimy rzadko?',
  'outreach.intro':
    'Sąsiedzi, którzy może zostają z boku. To nie jest ocena, tylko powód, żeby zadzwonić albo wpaść. Widzą to tylko koordynatorzy.',
  'outreach.none': 'Wszyscy biorą udział. Pięknie!',
  'outreach.never-posted': 'Jeszcze nigdy o nic nie prosi ani nic nie oferuje.',
  'outreach.never-responded': 'Jeszcze nigdy nikomu nie odpowiada.',
  'outreach.inactive': 'Brak działań od {date}.',
  'outreach.only-received':
    'Dostaje pomoc ({hours}), ale jeszcze nikomu nie pomaga: zaproś do zaoferowania czegoś małego.',
  'outreach.text.hello':
    'Cześć {name}, jak się masz? Czy mogę ci w czymś pomóc na tablicy ogłoszeń? O coś małego zawsze można poprosić.',
  'outreach.text.inactive':
    'Cześć {name}, dawno cię nie widzieliśmy. Jak się masz? Wpadnij kiedyś do domu sąsiedzkiego.',
  'outreach.text.offer':
    'Cześć {name}, jak dobrze, że ktoś ci pomógł! Czy jest coś małego, co lubisz robić, na przykład czytanie na głos, gotowanie albo spacer? Mogę to razem z tobą powiesić na tablicy ogłoszeń.',

  'pot.title': 'Wspólna skarbonka',
  'pot.balance': 'Stan wspólnej skarbonki:',
  'pot.explain':
    'Prezenty na powitanie pochodzą ze wspólnej skarbonki, dlatego zwykle jest poniżej zera. Sąsiedzi mogą dawać godziny do skarbonki. Koordynatorzy dają z niej godziny, zawsze z powodem.',
  'pot.donations': 'Dane do skarbonki',
  'pot.noDonations': 'Nikt jeszcze nie dał godzin do skarbonki.',
  'pot.donated': 'Od: {name}, {hours}',
  'pot.grants': 'Dane ze skarbonki',
  'pot.noGrants': 'Ze skarbonki nic jeszcze nie dano.',
  'pot.grantLine': 'Dla: {name}, {hours}. Od: {by}. Powód: {reason}',
  'pot.grantWhere': 'Godziny ze skarbonki dajesz przy danym sąsiedzie, na liście Sąsiedzi.',
  'pot.grant': 'Godziny ze wspólnej skarbonki',
  'pot.hours': 'Ile godzin?',
  'pot.reason': 'Na co? (sąsiad i koordynatorzy to zobaczą)',
  'pot.grantConfirm': 'Daj godziny: {name}',
  'pot.granted': 'Godziny przekazane: {name}.',
  'pot.badHours': 'Wybierz liczbę godzin od 0,1 do 100.',

  'settings.title': 'Ustawienia i zasady',
  'settings.intro':
    'To, co tu zmienisz, obowiązuje od teraz. Sąsiedzi zobaczą, że zasady się zmieniły. Ustalaj zasady razem z sąsiadami.',
  'settings.rules': 'Zasady',
  'settings.rulesHint': 'Krótko i prostymi słowami.',
  'settings.help': 'Gdzie sąsiedzi znajdą pomoc?',
  'settings.helpHint': 'Na przykład twoje dyżury w domu sąsiedzkim i numer telefonu.',
  'settings.save': 'Zapisz',
  'settings.saved': 'Zapisane. Obowiązuje od teraz, dla wszystkich.',
  'audit.act.vouch': 'Wybrany przez członków',
  'settings.badHours': 'Wpisz liczbę godzin, na przykład 20 albo 1,5.',
  'audit.act.set-aside': 'Prośby odłożone na bok',
};
