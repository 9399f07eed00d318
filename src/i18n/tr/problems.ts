// Turkish texts: what went wrong when something was written, and a form field that is not right.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { problems as dutch } from '../nl/problems.ts';

export const problems: Translation<typeof dutch> = {
  'problem.storageFull':
    'Cihazınız dolu. Hiçbir şey kaybolmadı: yazınız hâlâ burada. Biraz yer açın ve tekrar deneyin.',
  'problem.session-closed': 'Bu sayfa kapandı. Sayfayı yeniden yükleyin ve tekrar deneyin.',
  'problem.no-member-room': 'Bu cihaz henüz ağın üyesi değil. Koordinatör sizi kabul edene kadar bekleyin.',
  'problem.unknown-post': 'Bu ilan bu cihazda (henüz) yok. Biraz sonra tekrar deneyin.',
  'problem.unknown-proposal': 'Bu saat bildirimi bu cihazda (henüz) yok. Biraz sonra tekrar deneyin.',
  'problem.unknown-join': 'Bu başvuru artık burada yok. Belki başka bir koordinatör cevap verdi.',
  'problem.no-lobby': 'Ağın bekleme odası bu cihazda henüz açık değil. Biraz sonra tekrar deneyin.',
  'problem.no-room-key':
    'Bu cihazda ağın anahtarı yok. Bu yüzden buradan kimseyi kabul edemezsiniz. Başka bir koordinatöre sorun.',
  'problem.lobby-not-ready': 'Başvurunuz hazır. Bu cihaz ağı bulunca kendiliğinden gönderilir.',
  'problem.no-join-details': 'Önce adınızı yazın.',
  'problem.already-asked': 'Başvurunuz zaten gönderildi. Koordinatör bakacak.',
  'problem.already-admitted': 'Zaten kabul edildiniz.',
  'problem.declined-before': 'Önceki başvurunuz kabul edilmedi. Tekrar sormak isterseniz yeni bir başvuru gönderin.',
  'problem.not-needed': 'Bu zaten yapıldı, başka bir ekranda.',
  'problem.rule.not-member': 'Bu ağın (henüz) üyesi değilsiniz.',
  'problem.rule.suspended': 'Hesabınıza ara verildi. Bunu koordinatörle konuşun.',
  'problem.rule.self': 'Bunu kendinizle yapamazsınız.',
  'problem.rule.unknown-member': 'Bu komşu ağda tanınmıyor.',
  'problem.rule.not-author': 'Bunu yalnızca ilanı yazan kişi değiştirebilir.',
  'problem.rule.not-coordinator': 'Bunu yalnızca bir koordinatör yapabilir.',
  'problem.rule.no-link': 'Başka bir mahalleyle bu bağlantı burada yok.',
  'problem.rule.link-ended': 'Diğer mahalleyle bağlantı bitti.',
  'problem.rule.over-link-limit':
    'Diğer mahalleyle sınıra ulaşıldı: gelen saatten daha çok saat gitti. Koordinatörünüze sorun.',
  'problem.rule.not-shared': 'Bu ilan diğer mahalleyle paylaşılmıyor.',
  'problem.rule.not-roster': 'Bu cihaz bağlantının listesinde değil.',
  'problem.rule.foreign-type': 'Bu, başka bir mahalleyle bağlantıya ait değil.',
  'problem.rule.other': 'Bu olmadı. Tekrar deneyin veya koordinatöre sorun.',
  'problem.field.too-short': '{field}: lütfen bunu doldurun.',
  'problem.field.too-long': '{field}: bu çok uzun. En fazla {max} karakter.',
  'problem.field.range': '{field}: {min} ile {max} arasında bir şey seçin.',
  'problem.field.other': '{field}: bu doğru değil.',
  'problem.catching-up':
    'Bu cihaz önce eski mesajlarınızı komşulardan alıyor. Biri çevrimiçi olunca biraz sonra tekrar deneyin.',

  'field.title': 'Başlık',
  'field.text': 'Açıklama',
  'field.area': 'Sokak veya mahalle',
  'field.name': 'Ad',
  'field.minutes': 'Süre',
  'field.what': 'Ne yapıldı',
  'field.words': 'Kendiniz hakkında',
  'field.rules': 'Ortak kurallar',
  'field.creditLimit': 'Sınır',
  'field.welcome': 'Hoş geldin hediyesi',
  'field.categories': 'Yardım türleri',
  'field.relays': 'Bağlantı adresi',
  'field.sealed': 'Mesaj',
  'field.note': 'Mesaj',
  'field.other': 'Yazılan bilgi',
};
