// Turkish texts: another device, a lost device and the recovery file.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { devices as dutch } from '../nl/devices.ts';

export const devices: Translation<typeof dutch> = {
  'device.title': 'Cihazlarım',
  'device.thisOne': 'Bu cihaz',
  'device.unnamed': 'Bir cihaz',
  'device.remove': '{label} artık kullanılmasın',
  'device.removeHint':
    'Bir cihaz çalındı mı ya da kayboldu mu? O zaman koordinatöre de gidin. Koordinatör sizi yeni bir cihaza taşıyana kadar, cihaz kimdeyse sizin saatlerinizle hâlâ ödeme yapabilir.',
  'device.addButton': 'Başka bir cihazda da',
  'device.addIntro':
    'Diğer cihazınızda Buurtruil’i açın ve orada "Başka bir cihazda zaten katılıyorum" seçin. O cihaz bir kod gösterir. O kodu buraya yazın.',
  'device.label': 'Bu hangi cihaz?',
  'device.labelHint': 'Örneğin: dizüstü bilgisayar, tablet. Bunu yalnızca siz görürsünüz.',
  'device.defaultLabel': 'Diğer cihazım',
  'device.code': 'Diğer cihazdaki kod',
  'device.codeHint': '8 karakter, örneğin 7K3M-Q9XD. Büyük veya küçük harf fark etmez.',
  'device.connect': 'Bağlan',
  'device.connecting': 'Diğer cihaza bağlanılıyor…',
  'device.adding': 'Diğer cihaz ekleniyor…',
  'device.added': 'Tamam. {label} artık sizin adınıza katılıyor. Saatleriniz ve randevularınız orada da var.',
  'device.newTitle': 'Bu cihazı bağlayın',
  'device.newIntro':
    'Telefonunuzda veya başka bir cihazda zaten katılıyor musunuz? O zaman bu cihaz da eklenebilir. Bu cihazın kendi anahtarı olur. Saatleriniz ve randevularınız sizin kalır.',
  'device.lostTitle': 'Cihaz kayboldu',
  'device.lostIntro':
    'Telefonunuzu veya bilgisayarınızı mı kaybettiniz, ya da her şey mi silindi? Koordinatöre gidin, örneğin mahalle merkezinde. Bu kodu gösterin. Koordinatör saatlerinizi, randevularınızı ve mesajlarınızı bu cihaza taşır. Eski cihazınız bundan sonra sayılmaz.',
  'device.opening': 'Bir kod hazırlanıyor…',
  'device.showCodePair':
    'Bu kodu diğer cihazınızda, Ayarlar bölümünde, "Başka bir cihazda da" kısmına yazın. Ya da QR kodunu o cihazın kamerasıyla okutun.',
  'device.showCodeLost': 'Bu kodu koordinatöre gösterin.',
  'device.qr': 'Kodu içeren QR kodu: {code}',
  'device.qrHint': 'İş bitene kadar bu sayfayı açık tutun.',
  'device.waitingPair': 'Güzel. Diğer cihazın her şeyi göndermesi bekleniyor…',
  'device.waitingMove': 'Güzel. Koordinatörün taşımayı onaylaması bekleniyor…',
  'device.alreadyMember': 'Bu cihaz zaten bir mahalle ağına katılıyor.',
  'device.toBoard': 'İlan panosuna git',
  'device.problem.unknownCode':
    'Bu kodla bir cihaz yok. Kodun doğru olup olmadığına ve diğer ekranın hâlâ açık olup olmadığına bakın.',
  'device.problem.unreachable': 'Bağlantı kurulamıyor. İki cihaz da çevrimiçi mi? Tekrar deneyin.',
  'device.problem.closed': 'Bağlantı koptu. Baştan başlayın.',
  'device.problem.refused':
    'Diğer cihaz, bağlamaya ait olmayan bir şey gönderdi. İki cihazda da sayfayı yeniden yükleyin ve baştan başlayın.',
  'device.problem.tampered':
    'Diğer cihazın anahtarı, önce söz verdiği anahtar değildi. Belki araya biri girdi. Hiçbir şey gönderilmedi. Baştan başlayın.',
  'device.moveTitle': 'Biri her şeyini kaybetti',
  'device.moveIntro':
    'Bir komşu telefonunu kaybetti veya her şey silindi. Önce onunla konuşun: böylece kim olduğundan emin olursunuz. Komşu yeni cihazda "Cihazımı kaybettim" seçsin. Orada görünen kodu buraya yazın.',
  'device.moveCode': 'Yeni cihazdaki kod',
  'device.moveWho': 'Kim?',
  'device.moveChoose': 'Bir komşu seçin',
  'device.moveReason': 'Neden? (kayıt defterine yazılır)',
  'device.moveReasonDefault': 'Telefon kayboldu, mahalle merkezinde konuşuldu.',
  'device.moveConfirm': 'Yeni cihaza taşı',
  'device.moveHint':
    'Saatler, randevular ve mesajlar komşunun kalır. Eski cihazın bundan sonra yazdıkları artık sayılmaz.',
  'device.moving': 'Taşınıyor…',
  'device.moved': 'Tamam. {name} artık yeni cihazda katılıyor.',
  'device.moveNoMember': 'Önce kim olduğunu seçin.',

  'recovery.title': 'Anahtarınızı saklayın',
  'recovery.intro':
    'Bir kurtarma dosyası yapın. Bu cihazı kaybederseniz, o dosya ve şifreyle her şeyi yeni bir cihaza geri alırsınız: saatlerinizi, randevularınızı ve mesajlarınızı.',
  'recovery.forkHint':
    'Dikkat: kurtarma dosyasını yalnızca eski cihazınız artık yoksa kullanın. Eski cihazı ve kurtarılan cihazı birlikte kullanırsanız, koordinatör iki ayrı geçmiş görür. Bu başka kimseye zarar vermez, ama karışıklık olur. İki cihaz mı kullanmak istiyorsunuz? O zaman "Başka bir cihazda da" seçin.',
  'recovery.make': 'Kurtarma dosyası yap',
  'recovery.making': 'Biraz bekleyin…',
  'recovery.passphraseOnce':
    'Bu sizin şifreniz. Onu yalnızca bir kez görürsünüz. Bir yere yazın veya sayfayı yazdırın. Dosyadan ayrı bir yerde saklayın.',
  'recovery.save': 'Dosyayı kaydet',
  'recovery.print': 'Sayfayı yazdır',
  'recovery.sheetTitle': 'Buurtruil anahtarım',
  'recovery.sheetFor': 'Kimin: {name}. Ağ: {network}.',
  'recovery.sheetDate': 'Tarih: {date}.',
  'recovery.sheetFile': 'Dosyanın adı: {file}',
  'recovery.sheetHow':
    'Yeni bir cihaz mı? Buurtruil’i açın, "Bir kurtarma dosyam var" seçin, dosyayı seçin ve yukarıdaki şifreyi yazın.',
  'recovery.sheetKeep':
    'Bu sayfayı bir anahtar gibi saklayın. Dosyası ve bu şifresi olan kişi sizin adınıza katılabilir.',
  'recovery.problem.notYet': 'Bu cihaz mahalleyi yükleyince bu olur. Biraz sonra tekrar deneyin.',
  'recovery.restoreTitle': 'Kurtarma dosyasıyla geri yükleyin',
  'recovery.restoreIntro':
    'Kurtarma dosyasını seçin ve onun şifresini yazın. Sonra bu cihaz her şeyi komşulardan alır.',
  'recovery.file': 'Kurtarma dosyası',
  'recovery.passphrase': 'Şifre',
  'recovery.passphraseHint': 'Sayfadaki gibi: dörder karakterli beş grup. Büyük veya küçük harf fark etmez.',
  'recovery.restore': 'Geri yükle',
  'recovery.opening': 'Dosya açılıyor. Bu biraz sürer…',
  'recovery.problem.noFile': 'Önce kurtarma dosyasını seçin.',
  'recovery.problem.passphrase': 'Şifre bu dosyaya uymuyor. Bir daha kontrol edin.',
  'recovery.problem.file': 'Bu bir Buurtruil kurtarma dosyası değil ya da bozuk.',
};
