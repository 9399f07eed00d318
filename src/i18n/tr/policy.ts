// Turkish texts: the network's agreements (the `policy` entry), on the coordinator's settings page.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { policy as dutch } from '../nl/policy.ts';

export const policy: Translation<typeof dutch> = {
  'policy.title': 'Ağın kuralları',
  'policy.intro':
    'Bu kurallar kaydettiğiniz andan itibaren herkes için geçerlidir. Oyları zaten sayılmış bir plan olduğu gibi kalır.',
  'policy.voteShare': 'Bir planın yüzde kaç evet oyuna ihtiyacı var?',
  'policy.voteShareHint': 'Oyların bu oranından fazlası evet ise plan yapılır. 50 ile 99 arasında seçin.',
  'policy.voteQuorum': 'Üyelerin yüzde kaçı oy vermeli?',
  'policy.voteQuorumHint': 'Daha az üye oy verirse plan yapılmaz. 0 ile 100 arasında seçin.',
  'policy.shareAcross': 'Komşular ilanlarını bağlı mahallelerde de gösterebilir',
  'policy.shareAcrossHint': 'Bunu kapatırsan, kimse yeni ilan paylaşamaz. Daha önce paylaşılanlar orada kalır.',
  'policy.activityPay': 'Bir etkinliğin düzenleyicisine kim öder?',
  'policy.activityPayHint': 'Biri etkinlik oluşturduğunda bu zaten seçilidir. O kişi başka bir şey seçebilir.',
  'policy.save': 'Kuralları kaydet',
  'policy.saved': 'Kaydedildi. Yeni kurallar şu andan itibaren geçerli.',
  'policy.wholeNumber': '{min} ile {max} arasında bir tam sayı girin.',
  'audit.act.policy': 'Kurallar değiştirildi',
};
