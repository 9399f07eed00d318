// Turkish texts: the monthly report without names.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { report as dutch } from '../nl/report.ts';

export const report: Translation<typeof dutch> = {
  'report.title': 'Rapor: ağ neler yapıyor?',
  'report.noNetwork': 'Bu cihaz henüz bir mahalle ağına ait değil.',
  'report.intro': 'Ağ: {name}. Ay ay rakamlar. Hazırlanma tarihi: {date}.',
  'report.privacy':
    'İsim yok, kişi başına rakam yok. Küçük sayılar (5’ten az) "< 5" olarak görünür. Böylece kimse tanınmaz. Daha büyük sayılar ve saatler 5’in katlarına yuvarlanır.',
  'report.print': 'Yazdır',
  'report.csv': 'Rakamları kaydet (CSV)',
  'report.fileName': 'buurtruil-rapor',
  'report.empty': 'Henüz rakam yok.',
  'report.month': 'Ay',
  'report.members': 'Üyeler',
  'report.activeMembers': 'Etkin üyeler',
  'report.newMembers': 'Yeni üyeler',
  'report.exchanges': 'Yardım sayısı',
  'report.hours': 'Saatler',
  'report.reciprocal': 'Hem veren hem alan üyeler',
  'report.categories': 'Yardım türleri: {month}',
  'report.category': 'Yardım türü',
  'report.other': 'Diğer',
  'report.few': '< 5',
  'report.hidden': 'gizli',
  'report.closedOnly':
    'Süren ayın rakamları, ay kapanınca eklenir: ay bittikten bir hafta sonra. Böylece geç gelenler de sayılır.',
  'report.stories': 'Mahalleden hikâyeler',
  'report.storyWith': 'Birlikte: {names}',
  'report.storiesIntro': 'İçindeki herkesin evet dediği hikâyeler.',
};
