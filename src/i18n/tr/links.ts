// Turkish texts: a coordinator links this neighbourhood with another one (protocol-links.md §1).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { links as dutch } from '../nl/links.ts';

export const links: Translation<typeof dutch> = {
  'links.section': 'Mahalle bağla',
  'links.intro':
    'Mahallenizi başka bir mahalleye bağlayın. O zaman iki mahallenin komşuları birbirine yardım edebilir. Bunu diğer mahallenin koordinatörüyle birlikte yapın: telefonda ya da yan yana.',
  'links.termsTitle': 'Neyde anlaşıyorsunuz?',
  'links.categories': 'Hangi yardım türlerini paylaşıyorsunuz?',
  'links.categoriesHint': 'Her şeyi paylaşmak için hiçbir şey işaretlemeyin. İki ekranda da aynısını seçin.',
  'links.limit': 'Bir yöne, geri gelenden en fazla kaç saat fazla gidebilir?',
  'links.limitHint': '1 ile 1000 saat arası. İki ekranda da aynısını seçin.',
  'links.limitProblem': '1 ile 1000 arasında bir saat sayısı seçin.',
  'links.meetTitle': 'Diğer koordinatörle bağlanın',
  'links.showCode': 'Ben bir kod göstereceğim',
  'links.code': 'Ya da diğer koordinatörün kodunu yazın',
  'links.connect': 'Bağlan',
  'links.connecting': 'Diğer mahalleye bağlanılıyor…',
  'links.yourCode': 'Bu kodu diğer koordinatöre okuyun. O da kodu "Mahalle bağla" bölümüne yazar.',
  'links.yourCodeLabel': 'Kodunuz: {code}',
  'links.checkAloud': 'Altı rakamı birbirinize okuyun.',
  'links.waiting': 'Diğer mahalle bekleniyor…',
  'links.compareTitle': 'Anlaştığınız bu mu?',
  'links.compareHint': 'İki ekranda da aynı mı yazıyor? O zaman ikiniz de onaylayın.',
  'links.termsCaption': 'İki mahallenin anlaşması',
  'links.termCategories': 'Yardım türleri',
  'links.termLimit': 'Sınır',
  'links.termSince': 'Başlangıç',
  'links.allCategories': 'Hepsi',
  'links.confirm': 'Evet, {name} ile bağla',
  'links.decline': 'Hayır, bağlama',
  'links.writing': 'Bağlantı kaydediliyor…',
  'links.done': 'Tamam. Mahalleniz {name} ile bağlandı.',
  'links.doneNext': '{name} koordinatörü de onayladığında bağlantı çalışır.',
  'links.listTitle': 'Bağlı mahalleler',
  'links.none': 'Henüz bağlı mahalle yok.',
  'links.statusOpen': 'Bağlantı çalışıyor.',
  'links.statusWaiting': 'Diğer mahallede de bağlantı olana kadar bekleniyor.',
  'links.problem.otherTerms':
    'İki ekrandaki anlaşma aynı değil. Hiçbir şey bağlanmadı. Birlikte aynı yardım türlerini ve aynı sınırı seçin ve yeniden başlayın.',
  'links.problem.badOffer': 'Diğer mahalle doğru olmayan bir şey gönderdi. Hiçbir şey bağlanmadı. Yeniden başlayın.',
  'links.problem.sameNetwork':
    'Bu sizin kendi mahalleniz. Başka bir mahallenin koordinatörüyle bağlanın. Hiçbir şey bağlanmadı.',
  'links.problem.notCoordinator': 'Mahalleyi yalnızca bir koordinatör bağlayabilir.',
  'links.problem.declined': 'Bağlamadınız. Hiçbir şey kaydedilmedi.',
  'links.problem.failed': 'Bağlama olmadı. Hiçbir şey kaydedilmedi. Yeniden başlayın.',
};
