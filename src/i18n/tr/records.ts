// Turkish texts: the coordinator's records: the log, who we see little of, the pot and the house rules.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { records as dutch } from '../nl/records.ts';

export const records: Translation<typeof dutch> = {
  'audit.title': 'Kayıt defteri',
  'audit.intro':
    'Koordinatörlerin yaptığı her şey: kim, ne zaman ve neden. Bütün koordinatörler aynı kayıt defterini görür. Kimse bir satırı değiştiremez veya silemez.',
  'audit.filters': 'Kayıt defterinde ne göreceğinizi seçin',
  'audit.type': 'Tür',
  'audit.allTypes': 'Hepsi',
  'audit.word': 'Kayıt defterinde ara',
  'audit.none': 'Kayıt defterinde henüz bir şey yok.',
  'audit.when': 'Ne zaman',
  'audit.who': 'Kim',
  'audit.what': 'Ne',
  'audit.why': 'Neden',
  'audit.more': '{count} eski satır daha var. Bulmak için arayın.',
  'audit.role.coordinator': 'koordinatör',
  'audit.role.kiosk': 'kiosk',
  'audit.act.admit': 'Kabul edildi',
  'audit.act.decline': 'Başvuru kabul edilmedi',
  'audit.act.enroll': 'Kaydedildi',
  'audit.act.hide-post': 'İlan gizlendi',
  'audit.act.warn': 'Uyarıldı',
  'audit.act.suspend': 'Ara verildi',
  'audit.act.reinstate': 'Yeniden katılıyor',
  'audit.act.rekey': 'Ağ için yeni anahtar',
  'audit.act.reverse-transfer': 'Saatler geri alındı',
  'audit.act.pot-grant': 'Mahalle kumbarasından saat',
  'audit.act.grant-role': 'Görev verildi',
  'audit.act.revoke-role': 'Görev geri alındı',
  'audit.act.settings': 'Ayarlar değişti',
  'audit.act.invite': 'Davet (yeni veya devredildi)',
  'audit.act.move-member': 'Hesap taşındı',
  'audit.act.card': 'Üye kartı',
  'audit.act.other': 'Başka',

  'outreach.title': 'Kimi az görüyoruz?',
  'outreach.intro':
    'Belki dışarıda kalan komşular. Bu bir yargı değil, yalnızca arayıp veya uğrayıp hâl hatır sormak için bir neden. Bunu yalnızca koordinatörler görür.',
  'outreach.none': 'Herkes katılıyor. Çok güzel!',
  'outreach.never-posted': 'Henüz hiç yardım istemedi veya bir şey sunmadı.',
  'outreach.never-responded': 'Henüz hiç kimseye cevap vermedi.',
  'outreach.inactive': '{date} tarihinden beri bir şey yapmadı.',
  'outreach.only-received': 'Yardım aldı ({hours}), ama henüz kimseye yardım etmedi: küçük bir şey sunmaya davet edin.',
  'outreach.text.hello':
    'Merhaba {name}, nasılsınız? İlan panosunda size bir konuda yardım edebilir miyim? Küçük bir şey istemek her zaman olur.',
  'outreach.text.inactive':
    'Merhaba {name}, sizi bir süredir görmedik. Nasılsınız? Mahalle merkezine istediğiniz zaman uğrayabilirsiniz.',
  'outreach.text.offer':
    'Merhaba {name}, yardım almanıza sevindim! Yapmayı sevdiğiniz küçük bir şey var mı, örneğin sesli okumak, yemek pişirmek veya yürüyüş? Onu sizinle birlikte ilan panosuna koyabilirim.',

  'pot.title': 'Mahalle kumbarası',
  'pot.balance': 'Mahalle kumbarasındaki saat:',
  'pot.explain':
    'Hoş geldin hediyeleri mahalle kumbarasından gelir. Bu yüzden kumbara çoğu zaman sıfırın altındadır. Komşular kumbaraya saat verebilir. Koordinatörler kumbaradan saat verir ve nedenini yazar.',
  'pot.donations': 'Kumbaraya verilenler',
  'pot.noDonations': 'Henüz kimse kumbaraya saat vermedi.',
  'pot.donated': '{name} verdi: {hours}',
  'pot.grants': 'Kumbaradan verilenler',
  'pot.noGrants': 'Kumbaradan henüz bir şey verilmedi.',
  'pot.grantLine': '{name} aldı: {hours}. Veren: {by}. Neden: {reason}',
  'pot.grantWhere': 'Kumbaradan saat vermek için Komşular listesinde o komşuyu açın.',
  'pot.grant': 'Mahalle kumbarasından saat',
  'pot.hours': 'Kaç saat?',
  'pot.reason': 'Ne için? (komşu ve koordinatörler bunu görür)',
  'pot.grantConfirm': '{name} için saat ver',
  'pot.granted': '{name} saatleri aldı.',
  'pot.badHours': '0,1 ile 100 arasında bir saat seçin.',

  'settings.title': 'Ayarlar ve ortak kurallar',
  'settings.intro':
    'Burada değiştirdiğiniz şey şu andan itibaren geçerlidir. Komşular ortak kuralların değiştiğini görür. Ortak kuralları komşularla birlikte yapın.',
  'settings.rules': 'Ortak kurallar',
  'settings.rulesHint': 'Kısa ve basit kelimelerle.',
  'settings.help': 'Komşular nerede yardım bulur?',
  'settings.helpHint': 'Örneğin mahalle merkezindeki görüşme saatleriniz ve bir telefon numarası.',
  'settings.save': 'Kaydet',
  'settings.saved': 'Kaydedildi. Şu andan itibaren herkes için geçerli.',
  'audit.act.vouch': 'Üyeler tarafından seçildi',
  'settings.badHours': 'Bir saat sayısı yazın, örneğin 20 veya 1,5.',
  'audit.act.set-aside': 'Başvurular kenara kondu',
};
