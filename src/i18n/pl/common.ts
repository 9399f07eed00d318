// Polish texts: the app name, the menu, the language switch, the connection, and a browser that cannot run the app.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { common as dutch } from '../nl/common.ts';

export const common: Translation<typeof dutch> = {
  'app.name': 'Buurtruil',
  'app.tagline': 'Sąsiedzi pomagają sobie nawzajem. Każda godzina jest warta tyle samo.',

  'language.label': 'Język',

  'nav.label': 'Menu główne',
  'nav.board': 'Tablica ogłoszeń',
  'nav.new': 'Proś lub oferuj',
  'nav.hours': 'Moje godziny',
  'nav.coordinator': 'Koordynator',
  'nav.more': 'Więcej',
  'nav.together': 'Razem',
  'more.title': 'Więcej',
  'more.pages': 'Inne strony',
  'install.title': 'Dodaj Buurtruil do ekranu głównego',
  'install.android': 'Android: otwórz menu przeglądarki (⋮) i wybierz „Dodaj do ekranu głównego”.',
  'install.iphone': 'iPhone: stuknij Udostępnij (kwadrat ze strzałką) i wybierz „Do ekranu początkowego”.',
  'install.dismiss': 'Rozumiem',
  'share.share': 'Udostępnij',
  'share.copy': 'Kopiuj link',
  'share.copied': 'Link jest skopiowany.',

  'common.back': 'Wstecz',
  'common.cancel': 'Anuluj',
  'common.loading': 'Ładowanie…',
  'common.you': 'Ty',
  'common.someone': 'Sąsiad',
  'common.brokenPage': 'Tej strony nie da się teraz pokazać. Załaduj ją ponownie. Nic nie zginie.',
  'common.brokenCard': 'Tej części nie da się pokazać. Reszta działa normalnie.',

  'status.label': 'Połączenie',
  'status.offline': 'Brak połączenia. To, co robisz, jest zapisane i później zostanie udostępnione.',
  'status.alone': 'Teraz nikt z sąsiadów nie jest w sieci. To, co robisz, dotrze do innych, gdy ktoś się pojawi.',
  'status.peers': 'Sąsiedzi w sieci teraz: {count}.',
  'status.short.offline': 'Brak połączenia',
  'status.short.alone': 'Połączono',
  'status.short.peers': 'Sąsiedzi online: {count}',

  'integrity.refused':
    'Przyszło coś, co się nie zgadza ({count} {count, wiadomość, wiadomości}), na przykład coś podrobionego. Nie zostało przyjęte. Nic nie zginęło.',
  'integrity.storageFull':
    'To urządzenie jest pełne. To, co piszą sąsiedzi, nadal przychodzi, ale teraz nie da się tego tu zapisać. Zwolnij trochę miejsca. Nic nie zginie.',
  'integrity.restored':
    'Ktoś próbował usunąć lub zmienić {count} {count, wiadomość, wiadomości}. Wszystko wróciło na miejsce.',

  'browser.title': 'Buurtruil nie może tu wystartować',
  'browser.insecure':
    'Ta strona nie została otwarta bezpiecznie (adres zaczyna się od http://, a nie od https://). Wtedy przeglądarka nie pozwala działać Buurtruil.',
  'browser.insecure.todo': 'Otwórz adres, który zaczyna się od https://. Nie wiesz, który? Zapytaj koordynatora.',
  'browser.no-crypto': 'Tej przeglądarce brakuje zabezpieczeń, których potrzebuje Buurtruil. Pewnie jest za stara.',
  'browser.no-crypto.todo':
    'Zaktualizuj przeglądarkę albo użyj innej, na przykład Chrome, Firefox lub Safari. Nie działa? Zapytaj koordynatora.',
  'browser.no-storage':
    'Ta przeglądarka nie może niczego zapisać na tym urządzeniu, a Buurtruil zapisuje wszystko na twoim urządzeniu.',
  'browser.no-storage.todo':
    'Użyj innej przeglądarki, na przykład Chrome, Firefox lub Safari. Nie działa? Zapytaj koordynatora.',
  'browser.storage-refused':
    'Ta przeglądarka nie chce niczego zapisać, na przykład dlatego, że to okno prywatne (incognito).',
  'browser.storage-refused.todo': 'Otwórz Buurtruil w zwykłym oknie. Nie działa? Zapytaj koordynatora.',
  'browser.no-webrtc':
    'Ta przeglądarka nie może połączyć się bezpośrednio z urządzeniami sąsiadów (WebRTC jest wyłączony).',
  'browser.no-webrtc.todo': 'Włącz WebRTC albo użyj innej przeglądarki. Nie działa? Zapytaj koordynatora.',
  'browser.noscript': 'Buurtruil działa tylko z włączonym JavaScriptem. Włącz go albo poproś koordynatora o pomoc.',
};
