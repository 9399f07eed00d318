// Turkish texts: moving a timebank over from TimeOverflow.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { importing as dutch } from '../nl/importing.ts';

export const importing: Translation<typeof dutch> = {
  'import.title': 'TimeOverflow’dan geçiş',
  'import.intro':
    'Mahallenizin TimeOverflow’da bir zaman bankası var mıydı? Komşuları, bakiyelerini ve tekliflerini bu yeni ağa taşıyın. Bu yalnızca ağda henüz başka komşu yokken olur.',
  'import.membersFile': 'TimeOverflow’dan üye listesi (CSV)',
  'import.membersHint':
    'TimeOverflow’da: Raporlar, Üyeler, CSV. E-posta ve telefon gelmez: Buurtruil yalnızca bir ad ve bir mahalle saklar.',
  'import.offersFile': 'TimeOverflow’dan teklifler (CSV, boş kalabilir)',
  'import.look': 'Neyin geleceğine bakın',
  'import.needMembers': 'Önce üye listesini seçin.',
  'import.summary': '{members} komşu ve {posts} teklif geliyor. Hepsi birlikte {hours} getiriyor.',
  'import.membersCaption': 'Kimler geliyor',
  'import.opening': 'Bakiye',
  'import.problems': 'Bunlar gelmiyor',
  'import.notices': 'Bunlar küçük bir değişiklikle geliyor',
  'import.issueLine': '{file}, satır {line}: {what}',
  'import.issue.unreadable': 'dosya okunamıyor ({value})',
  'import.issue.not-members-report': 'bu bir TimeOverflow üye listesi değil',
  'import.issue.not-posts-report': 'bu bir TimeOverflow teklif listesi değil',
  'import.issue.too-few-fields': 'sütun sayısı çok az ({value})',
  'import.issue.missing-name': 'ad yok (üye {value})',
  'import.issue.name-too-long': 'ad çok uzun: {value}',
  'import.issue.duplicate-number': 'üye numarası iki kez var: {value}',
  'import.issue.bad-balance': 'bakiye bir sayı değil: {value}',
  'import.issue.balance-too-large': 'bakiye çok büyük: {value}',
  'import.issue.missing-title': 'başlık yok (teklif {value})',
  'import.issue.unknown-member': 'üye listesinde olmayan birinden: {value}',
  'import.issue.balance-rounded': 'bakiye tam dakikaya yuvarlandı ({value} saniye)',
  'import.issue.area-shortened': 'mahalle kısaltıldı: {value}',
  'import.issue.title-shortened': 'başlık kısaltıldı: {value}',
  'import.issue.category-guessed': 'yardım türü tahmin edildi (önceki: {value})',
  'import.consent': 'Komşulara ne söylediniz',
  'import.consentHint': 'Bu, taşınan her komşunun yanında saklanır.',
  'import.consentDefault':
    'Adınız, bakiyeniz ve TimeOverflow’daki teklifleriniz, izninizle Buurtruil’e taşındı. E-posta ve telefon taşınmadı.',
  'import.potNote': 'Mahalle kumbarası eksi {hours} olacak: bütün bakiyelerle birlikte toplam her zaman sıfırdır.',
  'import.run': '{count} komşuyu taşı',
  'import.done': '{members} komşu ve {posts} teklif taşındı.',
  'import.notNew': 'Bu ağda zaten komşular var. Taşıma yalnızca yeni bir ağda olur.',
  'import.claim':
    'Taşınan komşular saatlerini kendilerini bildirince alır: bir üye kartıyla ya da kendi telefonlarıyla. Telefonla olursa bir koordinatör hesaplarını taşır.',
  'import.issue.tags-shortened': 'etiketlerin hepsi sığmıyor: {value} çıkarıldı',
};
