// Polish texts: starting a network and asking to join one.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { joining as dutch } from '../nl/joining.ts';

export const joining: Translation<typeof dutch> = {
  'start.title': 'Załóż sieć sąsiedzką',
  'start.intro': 'Zostajesz pierwszym koordynatorem. Później możesz wybrać drugiego koordynatora.',
  'start.name': 'Nazwa sieci',
  'start.area': 'Okolica lub dzielnica',
  'start.rules': 'Zasady (krótko)',
  'start.rulesDefault':
    'Jesteśmy życzliwi i uczciwi. Każda godzina jest warta tyle samo. Zawsze możesz powiedzieć nie. Powiedz, gdy coś jest za ciężkie.',
  'start.creditLimit': 'O ile godzin ktoś może więcej dostać niż dać, zanim koordynator się temu przyjrzy?',
  'start.welcome': 'Prezent na powitanie dla nowych sąsiadów (godziny)',
  'start.categories': 'W czym sąsiedzi sobie pomagają?',
  'start.relays': 'Adres połączenia (relay)',
  'start.relaysHint':
    'Zostaw to tak, jak jest, jeśli nie wiesz, co to jest. Więcej niż jeden? Wstaw spację między adresami.',
  'start.yourName': 'Twoje imię, tak jak widzą je sąsiedzi',
  'start.submit': 'Załóż sieć',
  'start.badRelay': 'Ten adres połączenia się nie zgadza: {address}. Adres zaczyna się od ws:// lub wss://.',
  'start.noRelay': 'Wpisz co najmniej jeden adres połączenia.',
  'start.tooManyRelays': 'To za dużo adresów połączenia. Limit: {max}.',

  'join.title': 'Dołącz',
  'join.none': 'Otwórz link z zaproszeniem, który masz, albo zeskanuj kod QR z plakatu.',
  'join.damaged':
    'To zaproszenie jest uszkodzone lub niepełne. Poproś osobę, od której je masz, o nowe albo zeskanuj kod QR jeszcze raz.',
  'join.looking':
    'Szukamy sieci sąsiedzkiej. Koordynatora nie ma teraz w sieci. Możesz już wypełnić swoją prośbę: zostanie wysłana, gdy koordynator będzie w sieci.',
  'join.welcome': 'Witaj w sieci {name}',
  'join.area': 'Okolica: {area}',
  'join.rules': 'Zasady',
  'join.intro': 'Napisz krótko, kim jesteś. To zajmie tylko minutę.',
  'join.name': 'Jak sąsiedzi mają się do ciebie zwracać?',
  'join.nameHint': 'Wystarczy imię.',
  'join.areaField': 'Na jakiej ulicy lub w jakiej okolicy mieszkasz?',
  'join.areaHint': 'Bez numeru domu: to zostaje prywatne.',
  'join.offers': 'Co umiesz albo co lubisz robić?',
  'join.offersHint': 'Wybierz, co pasuje. Coś małego też jest dobre, na przykład czytanie na głos albo wspólny spacer.',
  'join.words': 'Chcesz coś o tym napisać? (może zostać puste)',
  'join.contact': 'Telefon lub e-mail (może zostać puste)',
  'join.contactHint': 'Widzi to tylko koordynator.',
  'join.submit': 'Poproś o dołączenie',
  'join.sent':
    'Twoja prośba została wysłana. Koordynator ją przejrzy. Nie musisz nic robić: ta strona pokaże, gdy sieć cię przyjmie.',
  'join.queued': 'Twoja prośba jest gotowa. Zostanie wysłana, gdy koordynator będzie w sieci.',
  'join.admitted': 'Witaj! Teraz należysz do sieci {name}.',
  'join.toBoard': 'Do tablicy ogłoszeń',
  'join.declined': 'Koordynator nie przyjął twojej prośby.',
  'join.declinedNote': 'Wiadomość od koordynatora: {note}',
  'join.askAgain': 'Poproś jeszcze raz',
  'start.moreSettings': 'Więcej ustawień',
  'start.joinWork': 'Ile obliczeń kosztuje jedna prośba (od 8 do 24)',
  'start.joinWorkHint':
    'Każda prośba kosztuje urządzenie nowej osoby chwilę obliczeń. To powstrzymuje zalew fałszywych próśb. O jeden więcej to dwa razy więcej pracy. Zostaw 16, chyba że wiesz, dlaczego zmieniać.',
  'join.setAside':
    'Przyszło bardzo dużo próśb naraz. Koordynator odłożył je wszystkie na bok, twoją też. Śmiało poproś jeszcze raz.',
  'join.working': 'Chwileczkę: twoja prośba jest przygotowywana. Gdy jest duży ruch, trwa to trochę dłużej.',
  'inPerson.open': 'Ktoś stoi przede mną',
  'inPerson.intro':
    'Jest przy tobie ktoś nowy? Niech wybierze na swoim telefonie „Jestem przy koordynatorze”, a ty wpisz tutaj kod z tamtego ekranu.',
  'inPerson.code': 'Kod z ekranu nowej osoby',
  'inPerson.bad': 'To nie była prawidłowa prośba. Zacznij jeszcze raz.',
  'inPerson.standingHere': 'Jestem przy koordynatorze',
  'inPerson.showCode': 'Niech koordynator wpisze ten kod w „Ktoś stoi przede mną”.',
  'inPerson.waiting': 'Twoja prośba jest u koordynatora. Chwilę poczekaj na powitanie.',
  'inPerson.welcomed': 'Koordynator cię przywitał. Twój telefon jest już w sieci.',
};
