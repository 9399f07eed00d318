// Turkish texts: a member pays hours to a member of a linked neighbourhood (protocol-links.md §4).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { crossPay as dutch } from '../nl/crossPay.ts';

export const crossPay: Translation<typeof dutch> = {
  'crossPay.title': 'Başka bir mahalleden birine saat öde',
  'crossPay.intro': 'Bağlı bir mahalleden biri sana yardım etti mi? Saatleri burada öde.',
  'crossPay.payTo': '{buurt} mahallesinden {name} kişisine saat öde',
  'crossPay.send': 'Öde',
  'crossPay.cancel': 'Şimdi değil',
  'crossPay.sent':
    'Saatler gönderildi. Şimdi iki mahalle bekleniyor: senin mahallen ve {buurt} ödemeyi gördüğünde saatler sayılır.',
  'crossPay.overLinkLimit': '{buurt} ile sınıra ulaşıldı: gelenden daha çok saat gitti. Koordinatörüne sor.',
  'crossPay.ended': '{buurt} ile bağlantı durdu. Bu mahalleye artık saat ödeyemezsin.',
  'crossPay.notOpen': '{buurt} ile bağlantı henüz çalışmıyor. Sonra tekrar dene.',
  'crossPay.waiting': 'iki mahalle bekleniyor',
  'crossPay.to': '{buurt} mahallesinden {name} kişisine',
  'crossPay.from': '{buurt} mahallesinden {name} kişisinden',
  'crossPay.toSomeone': '{buurt} mahallesinden birine',
  'crossPay.fromSomeone': '{buurt} mahallesinden birinden',
};
