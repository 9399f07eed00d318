// Turkish texts: starting a network and asking to join one.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { joining as dutch } from '../nl/joining.ts';

export const joining: Translation<typeof dutch> = {
  'start.title': 'Bir mahalle ağı başlatın',
  'start.intro': 'İlk koordinatör siz olursunuz. Sonra ikinci bir koordinatör seçebilirsiniz.',
  'start.name': 'Ağın adı',
  'start.area': 'Mahalle veya semt',
  'start.rules': 'Ortak kurallar (kısa)',
  'start.rulesDefault':
    'Nazik ve dürüstüz. Her saat aynı değerdedir. Her zaman hayır diyebilirsiniz. Bir şey ağır gelirse söyleyin.',
  'start.creditLimit': 'Biri verdiğinden kaç saat fazla alabilir? Bu sınırı geçince koordinatör konuya bakar.',
  'start.welcome': 'Yeni komşular için hoş geldin hediyesi (saat)',
  'start.categories': 'Komşular birbirine hangi konularda yardım eder?',
  'start.relays': 'Bağlantı adresi (relay)',
  'start.relaysHint':
    'Ne olduğunu bilmiyorsanız bunu olduğu gibi bırakın. Birden fazla mı? Adreslerin arasına bir boşluk koyun.',
  'start.yourName': 'Adınız (komşular bu adı görür)',
  'start.submit': 'Ağı başlat',
  'start.badRelay': 'Bu bağlantı adresi doğru değil: {address}. Adres ws:// veya wss:// ile başlar.',
  'start.noRelay': 'En az bir bağlantı adresi yazın.',
  'start.tooManyRelays': 'Bu kadar çok bağlantı adresi olmaz. En fazla {max} tane olabilir.',

  'join.title': 'Katılın',
  'join.none': 'Aldığınız davet bağlantısını açın veya afişteki QR kodunu okutun.',
  'join.damaged': 'Bu davet bozuk veya eksik. Daveti size veren kişiden yenisini isteyin veya QR kodunu tekrar okutun.',
  'join.looking':
    'Mahalle ağını arıyoruz. Koordinatör şu anda çevrimiçi değil. Başvurunuzu şimdiden doldurabilirsiniz: koordinatör çevrimiçi olunca gönderilir.',
  'join.welcome': '{name} ağına hoş geldiniz',
  'join.area': 'Mahalle: {area}',
  'join.rules': 'Ortak kurallar',
  'join.intro': 'Kısaca kim olduğunuzu anlatın. Yalnızca bir dakika sürer.',
  'join.name': 'Komşular size nasıl hitap etsin?',
  'join.nameHint': 'Adınız yeterli.',
  'join.areaField': 'Hangi sokakta veya mahallede oturuyorsunuz?',
  'join.areaHint': 'Kapı numarası yazmayın: o sizde kalır.',
  'join.offers': 'Neler yapabilirsiniz, neleri yapmayı seversiniz?',
  'join.offersHint': 'Size uyanları seçin. Küçük bir şey de olur, örneğin sesli okumak veya birlikte yürüyüş.',
  'join.words': 'Biraz anlatmak ister misiniz? (boş kalabilir)',
  'join.contact': 'Telefon veya e-posta (boş kalabilir)',
  'join.contactHint': 'Bunu yalnızca koordinatör görür.',
  'join.submit': 'Katılmak istiyorum',
  'join.sent':
    'Başvurunuz gönderildi. Koordinatör bakacak. Bir şey yapmanız gerekmiyor: kabul edilince bu sayfada görürsünüz.',
  'join.queued': 'Başvurunuz hazır. Koordinatör çevrimiçi olunca gönderilir.',
  'join.admitted': 'Hoş geldiniz! Artık {name} ağının üyesisiniz.',
  'join.toBoard': 'İlan panosuna git',
  'join.declined': 'Koordinatör başvurunuzu kabul etmedi.',
  'join.declinedNote': 'Koordinatörün mesajı: {note}',
  'join.askAgain': 'Tekrar başvur',
  'start.moreSettings': 'Daha fazla ayar',
  'start.joinWork': 'Bir başvuru ne kadar hesaplama gerektirir (8 ile 24 arası)',
  'start.joinWorkHint':
    'Her başvuru, yeni komşunun cihazına kısa bir hesaplama yaptırır. Bu, bir anda gelen sahte başvuruları durdurur. Bir artırmak, işi iki katına çıkarır. Nedenini bilmiyorsanız 16 olarak bırakın.',
  'join.setAside':
    'Aynı anda çok fazla başvuru geldi. Koordinatör hepsini kenara koydu, sizinkini de. Çekinmeden tekrar başvurun.',
  'join.working': 'Biraz bekleyin: başvurunuz hazırlanıyor. Yoğunluk varsa biraz daha uzun sürer.',
  'inPerson.open': 'Yanımda biri var',
  'inPerson.intro':
    'Yanınızda yeni bir komşu mu var? Kendi telefonunda "Koordinatörün yanındayım" seçeneğini seçsin. Sonra o ekrandaki kodu buraya yazın.',
  'inPerson.code': 'Yeni komşunun ekranındaki kod',
  'inPerson.bad': 'Bu başvuru geçerli değildi. Lütfen baştan başlayın.',
  'inPerson.standingHere': 'Koordinatörün yanındayım',
  'inPerson.showCode': 'Koordinatör bu kodu "Yanımda biri var" bölümüne yazsın.',
  'inPerson.waiting': 'Başvurunuz koordinatörde. Hoş geldiniz denmesi için biraz bekleyin.',
  'inPerson.welcomed': 'Koordinatör size hoş geldiniz dedi. Telefonunuz artık ağa katılıyor.',
};
