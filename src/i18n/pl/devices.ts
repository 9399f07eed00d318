// Polish texts: another device, a lost device and the recovery file.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { devices as dutch } from '../nl/devices.ts';

export const devices: Translation<typeof dutch> = {
  'device.title': 'Moje urządzenia',
  'device.thisOne': 'To urządzenie',
  'device.unnamed': 'Urządzenie',
  'device.remove': 'Przestań używać: {label}',
  'device.removeHint':
    'Urządzenie zostało skradzione albo zgubione? Idź wtedy także do koordynatora. Dopóki koordynator nie przeniesie cię na nowe urządzenie, ten, kto je ma, nadal może płacić twoimi godzinami.',
  'device.addButton': 'Także na innym urządzeniu',
  'device.addIntro':
    'Otwórz Buurtruil na swoim drugim urządzeniu i wybierz tam „Już biorę udział na innym urządzeniu”. To urządzenie pokaże kod. Wpisz ten kod tutaj.',
  'device.label': 'Jakie to urządzenie?',
  'device.labelHint': 'Na przykład: laptop, tablet. Widzisz to tylko ty.',
  'device.defaultLabel': 'Moje drugie urządzenie',
  'device.code': 'Kod na drugim urządzeniu',
  'device.codeHint': '8 znaków, na przykład 7K3M-Q9XD. Wielkie czy małe litery, to bez znaczenia.',
  'device.connect': 'Połącz',
  'device.connecting': 'Łączenie z drugim urządzeniem…',
  'device.adding': 'Dodawanie drugiego urządzenia…',
  'device.added': 'Gotowe. {label} działa teraz jako ty. Twoje godziny i sprawy też tam są.',
  'device.newTitle': 'Połącz to urządzenie',
  'device.newIntro':
    'Już bierzesz udział na telefonie albo na innym urządzeniu? Wtedy to urządzenie też może dołączyć. Dostanie własny klucz. Twoje godziny i sprawy zostają twoje.',
  'device.lostTitle': 'Urządzenie zginęło',
  'device.lostIntro':
    'Zgubiony telefon lub komputer? A może wszystko zostało skasowane? Idź do koordynatora, na przykład w domu sąsiedzkim. Pokaż ten kod. Koordynator przeniesie twoje godziny, sprawy i wiadomości na to urządzenie. Stare urządzenie potem już się nie liczy.',
  'device.opening': 'Tworzenie kodu…',
  'device.showCodePair':
    'Wpisz ten kod na drugim urządzeniu, w Ustawieniach, w „Także na innym urządzeniu”. Albo zeskanuj kod QR aparatem tamtego urządzenia.',
  'device.showCodeLost': 'Pokaż ten kod koordynatorowi.',
  'device.qr': 'Kod QR z kodem {code}',
  'device.qrHint': 'Nie zamykaj tej strony, dopóki wszystko się nie skończy.',
  'device.waitingPair': 'Dobrze. Czekamy, aż drugie urządzenie wyśle wszystko…',
  'device.waitingMove': 'Dobrze. Czekamy, aż koordynator potwierdzi przeniesienie…',
  'device.alreadyMember': 'To urządzenie już należy do sieci sąsiedzkiej.',
  'device.toBoard': 'Do tablicy ogłoszeń',
  'device.problem.unknownCode':
    'Nie ma urządzenia z tym kodem. Sprawdź, czy kod jest dobry i czy drugi ekran jest nadal otwarty.',
  'device.problem.unreachable': 'Nie ma połączenia. Czy oba urządzenia są w sieci? Spróbuj jeszcze raz.',
  'device.problem.closed': 'Połączenie zostało przerwane. Zacznij od nowa.',
  'device.problem.refused':
    'Drugie urządzenie wysłało coś, co nie należy do łączenia. Załaduj stronę ponownie na obu urządzeniach i zacznij od nowa.',
  'device.problem.tampered':
    'Klucz drugiego urządzenia nie był tym kluczem, który obiecało na początku. Może ktoś jest pomiędzy. Nic nie zostało wysłane. Zacznij od nowa.',
  'device.moveTitle': 'Ktoś stracił wszystko',
  'device.moveIntro':
    'Sąsiad zgubił telefon albo wszystko zostało skasowane. Najpierw porozmawiaj z tą osobą: wtedy wiesz na pewno, kto to jest. Niech sąsiad wybierze na nowym urządzeniu „Moje urządzenie zginęło”. Wpisz kod, który się tam pokaże.',
  'device.moveCode': 'Kod na nowym urządzeniu',
  'device.moveWho': 'Kto to jest?',
  'device.moveChoose': 'Wybierz sąsiada',
  'device.moveReason': 'Dlaczego? (trafi do dziennika)',
  'device.moveReasonDefault': 'Zgubiony telefon, rozmowa w domu sąsiedzkim.',
  'device.moveConfirm': 'Przenieś na nowe urządzenie',
  'device.moveHint':
    'Godziny, sprawy i wiadomości zostają przy sąsiedzie. To, co stare urządzenie zapisze potem, już się nie liczy.',
  'device.moving': 'Przenoszenie…',
  'device.moved': 'Gotowe. {name} bierze teraz udział na nowym urządzeniu.',
  'device.moveNoMember': 'Najpierw wybierz, kto to jest.',

  'recovery.title': 'Schowaj swój klucz',
  'recovery.intro':
    'Zrób plik odzyskiwania. Jeśli zgubisz to urządzenie, tym plikiem i hasłem odzyskasz wszystko na nowym urządzeniu: swoje godziny, sprawy i wiadomości.',
  'recovery.forkHint':
    'Uwaga: używaj pliku odzyskiwania tylko wtedy, gdy starego urządzenia już nie masz. Jeśli używasz i starego, i odzyskanego urządzenia, koordynator zobaczy podwójną historię. Nikt inny na tym nie traci, ale to kłopotliwe. Chcesz używać dwóch urządzeń? Wybierz wtedy „Także na innym urządzeniu”.',
  'recovery.make': 'Zrób plik odzyskiwania',
  'recovery.making': 'Chwileczkę…',
  'recovery.passphraseOnce':
    'To jest twoje hasło. Zobaczysz je tylko raz. Zapisz je albo wydrukuj kartkę. Trzymaj ją osobno od pliku.',
  'recovery.save': 'Zapisz plik',
  'recovery.print': 'Wydrukuj kartkę',
  'recovery.sheetTitle': 'Mój klucz do Buurtruil',
  'recovery.sheetFor': 'Czyj: {name}. Sieć: {network}.',
  'recovery.sheetDate': 'Data: {date}.',
  'recovery.sheetFile': 'Nazwa pliku: {file}',
  'recovery.sheetHow':
    'Nowe urządzenie? Otwórz Buurtruil, wybierz „Mam plik odzyskiwania”, wybierz plik i wpisz hasło podane wyżej.',
  'recovery.sheetKeep': 'Przechowuj tę kartkę jak klucz. Kto ma plik i to hasło, może brać udział jako ty.',
  'recovery.problem.notYet': 'To zadziała, gdy to urządzenie załaduje okolicę. Spróbuj za chwilę.',
  'recovery.restoreTitle': 'Odzyskaj z pliku odzyskiwania',
  'recovery.restoreIntro':
    'Wybierz plik odzyskiwania i wpisz hasło do niego. Potem to urządzenie pobierze wszystko od sąsiadów.',
  'recovery.file': 'Plik odzyskiwania',
  'recovery.passphrase': 'Hasło',
  'recovery.passphraseHint': 'Tak jak na kartce: pięć grup po cztery znaki. Wielkie czy małe litery, to bez znaczenia.',
  'recovery.restore': 'Odzyskaj',
  'recovery.opening': 'Otwieranie pliku. To chwilę potrwa…',
  'recovery.problem.noFile': 'Najpierw wybierz plik odzyskiwania.',
  'recovery.problem.passphrase': 'Hasło nie pasuje do tego pliku. Sprawdź je jeszcze raz.',
  'recovery.problem.file': 'To nie jest plik odzyskiwania Buurtruil albo jest uszkodzony.',
};
