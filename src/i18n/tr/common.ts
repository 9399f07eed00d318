// Turkish texts: the app name, the menu, the language switch, the connection, and a browser that cannot run the app.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { common as dutch } from '../nl/common.ts';

export const common: Translation<typeof dutch> = {
  'app.name': 'Buurtruil',
  'app.tagline': 'Komşular birbirine yardım eder. Her saat aynı değerdedir.',

  'language.label': 'Dil',

  'nav.label': 'Ana menü',
  'nav.board': 'İlan panosu',
  'nav.new': 'Yeni ilan',
  'nav.hours': 'Saatlerim',
  'nav.coordinator': 'Koordinatör',
  'nav.more': 'Daha fazla',
  'nav.together': 'Birlikte',
  'more.title': 'Daha fazla',
  'more.pages': 'Diğer sayfalar',
  'install.title': "Buurtruil'i ana ekranınıza ekleyin",
  'install.android': 'Android: Tarayıcının menüsünü (⋮) açın ve "Ana ekrana ekle" seçeneğini seçin.',
  'install.iphone': 'iPhone: Paylaş düğmesine (oklu küçük kare) dokunun ve "Ana Ekrana Ekle" seçeneğini seçin.',
  'install.dismiss': 'Anladım',
  'share.share': 'Paylaş',
  'share.copy': 'Bağlantıyı kopyala',
  'share.copied': 'Bağlantı kopyalandı.',

  'common.back': 'Geri',
  'common.cancel': 'Vazgeç',
  'common.loading': 'Yükleniyor…',
  'common.you': 'Siz',
  'common.someone': 'Bir komşu',
  'common.brokenPage': 'Bu sayfa şu anda gösterilemiyor. Sayfayı yeniden yükleyin. Hiçbir şey kaybolmaz.',
  'common.brokenCard': 'Bu bölüm gösterilemiyor. Geri kalan her şey çalışıyor.',

  'status.label': 'Bağlantı',
  'status.offline': 'Bağlantı yok. Yaptıklarınız saklanır ve sonra paylaşılır.',
  'status.alone': 'Şu anda çevrimiçi komşu yok. Biri gelince yaptıklarınız ona ulaşır.',
  'status.peers': 'Şu anda {count} komşu çevrimiçi.',
  'status.short.offline': 'Bağlantı yok',
  'status.short.alone': 'Bağlandı',
  'status.short.peers': '{count} {count, komşu, komşu} çevrimiçi',

  'integrity.refused':
    'Doğru olmayan bir şey geldi ({count} {count, mesaj, mesaj}), örneğin sahte bir şey. Bu alınmadı. Hiçbir şey kaybolmadı.',
  'integrity.storageFull':
    'Bu cihaz dolu. Komşuların yazdıkları yine gelir, ama şu anda burada saklanamaz. Biraz yer açın. Hiçbir şey kaybolmaz.',
  'integrity.restored': 'Biri {count} {count, mesaj, mesaj} silmeye veya değiştirmeye çalıştı. Hepsi geri kondu.',

  'browser.title': 'Buurtruil burada başlayamıyor',
  'browser.insecure':
    'Bu sayfa güvenli açılmadı (adres https:// ile değil, http:// ile başlıyor). Böyle olunca tarayıcınız Buurtruil’in çalışmasına izin vermiyor.',
  'browser.insecure.todo': 'https:// ile başlayan adresi açın. Emin değil misiniz? Koordinatöre sorun.',
  'browser.no-crypto': 'Bu tarayıcıda Buurtruil için gereken güvenlik yok. Tarayıcı büyük ihtimalle çok eski.',
  'browser.no-crypto.todo':
    'Tarayıcıyı güncelleyin veya Chrome, Firefox ya da Safari gibi başka bir tarayıcı kullanın. Olmuyor mu? Koordinatöre sorun.',
  'browser.no-storage':
    'Bu tarayıcı bu cihazda hiçbir şey saklayamıyor. Buurtruil ise her şeyi sizin cihazınızda saklar.',
  'browser.no-storage.todo':
    'Chrome, Firefox ya da Safari gibi başka bir tarayıcı kullanın. Olmuyor mu? Koordinatöre sorun.',
  'browser.storage-refused': 'Bu tarayıcı hiçbir şey saklamak istemiyor. Belki bu bir gizli pencere.',
  'browser.storage-refused.todo': 'Buurtruil’i normal bir pencerede açın. Olmuyor mu? Koordinatöre sorun.',
  'browser.no-webrtc': 'Bu tarayıcı komşuların cihazlarına doğrudan bağlanamıyor (WebRTC kapalı).',
  'browser.no-webrtc.todo': 'WebRTC’yi açın veya başka bir tarayıcı kullanın. Olmuyor mu? Koordinatöre sorun.',
  'browser.noscript':
    'Buurtruil yalnızca JavaScript açıkken çalışır. JavaScript’i açın veya koordinatörden yardım isteyin.',
};
