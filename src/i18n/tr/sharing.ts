// Turkish texts: hours with several people and the thank-you board.
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { sharing as dutch } from '../nl/sharing.ts';

export const sharing: Translation<typeof dutch> = {
  'sharing.group.open': 'Birden fazla kişi için saatler',
  'sharing.group.intro':
    'Birkaç komşu mu yardım etti? Ya da sen birkaç komşuya mı yardım ettin? Hepsini bir kerede yaz. Her komşu kendi payını onaylar.',
  'sharing.group.pay': 'Bu komşulara saat veriyorum',
  'sharing.group.receive': 'Bu komşulardan saat alıyorum',
  'sharing.group.direction': 'Saatleri kim alıyor?',
  'sharing.group.who': 'Komşuları seç',
  'sharing.group.minutesFor': '{name} için dakika',
  'sharing.group.what': 'Ne yapıldı?',
  'sharing.group.send': 'Gönder',
  'sharing.group.sent': 'Gönderildi. Şimdi her komşu kendi payını onaylar.',
  'sharing.group.noneChosen': 'En az bir komşu seç.',
  'sharing.group.badMinutes': 'Her komşu için 1 dakika ile 24 saat arası yaz.',
  'sharing.parts.title': 'Onaylanacak saatler',
  'sharing.parts.intro': 'Bu doğru mu? Saatler ancak ikiniz de evet deyince geçer.',
  'sharing.parts.youGet': '{name} sana {hours} veriyor: {what}',
  'sharing.parts.youGive': 'Sen {name} kişisine {hours} veriyorsun: {what}',
  'sharing.parts.agree': 'Evet, doğru',
  'sharing.parts.decline': 'Hayır, doğru değil',
  'sharing.parts.mine': 'Birden fazla kişiyle saatler',
  'sharing.parts.moved': 'Eklendi',
  'sharing.parts.declined': 'Gerçekleşmedi',
  'sharing.parts.waiting': 'Onay bekleniyor',
  'sharing.thanks.nav': 'Teşekkürler',
  'sharing.thanks.title': 'Teşekkürler',
  'sharing.thanks.intro': 'Komşulardan komşulara teşekkürler. Bir teşekkür burada ancak iki taraf da isterse görünür.',
  'sharing.thanks.none': 'Panoda henüz teşekkür yok.',
  'sharing.thanks.fromTo': '{from}, {to} kişisine teşekkür ediyor',
  'sharing.thanks.mineTitle': 'Senin teşekkürlerin',
  'sharing.thanks.mineIntro':
    'Bu teşekkür panoda görünsün mü? İkiniz de evet demelisiniz. İstediğin zaman geri alabilirsin.',
  'sharing.thanks.mineNone': 'Henüz teşekkür vermedin ya da almadın.',
  'sharing.thanks.show': 'Evet, panoda',
  'sharing.thanks.hide': 'Hayır, panoda değil',
  'sharing.thanks.onBoard': 'Panoda',
  'sharing.thanks.waitOther': '{name} bekleniyor',
  'sharing.thanks.notShown': 'Panoda değil',
  'sharing.thanks.hidden': 'Koordinatör tarafından gizlendi',
  'sharing.thanks.kiosk': 'Mahalleden teşekkürler',
};
