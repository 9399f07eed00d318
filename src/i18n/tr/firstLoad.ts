// Texts of other areas that the board or the invite page shows before any page of those areas
// is opened; the rest of those areas is in office.ts. Typed by the Dutch file of the same name.
import type { Translation } from '../messages.ts';
import type { firstLoad as dutch } from '../nl/firstLoad.ts';

export const firstLoad: Translation<typeof dutch> = {
  'sharing.thanks.nav': 'Teşekkürler',
  'sharing.ideas.nav': 'Fikirler',
  'plans.nav': 'Planlar',
  'problem.unknown-plan': 'Bu plan henüz bu cihazda yok. Birazdan tekrar dene.',
  'problem.over-limit': 'Şu an bu kadar saat veremezsin: mahallenin sınırının altına düşersin.',
  'problem.rule.plan-closed': 'Bu plan zaten kapandı.',
  'problem.rule.over-plan': 'Planda yeterli saat yok.',
  'problem.rule.too-early': 'Bu ancak daha sonra olabilir.',
  'together.agenda': 'Ajanda',
  'problem.unknown-activity': 'Bu etkinlik henüz bu cihazda yok. Birazdan tekrar dene.',
  'survey.nav': 'Geriye bakış',
  'survey.invite': 'Bu yıl senin için nasıldı? Geriye bakışa katıl: {title}.',
  'survey.inviteLink': 'Geriye bakışa katıl',
  'across.tag': '{place} mahallesinden',
  'device.again': 'Baştan başla',
  'device.problem.different': 'Rakamlar aynı değildi. Hiçbir şey gönderilmedi. Baştan başlayın.',
  'device.checkIntro': 'İki ekranda da aynı rakamlar mı var? Dikkatle bakın.',
  'device.checkLabel': 'Kontrol rakamları: {code}',
  'device.different': 'Hayır, farklı rakamlar',
  'device.same': 'Evet, aynı rakamlar',
};
