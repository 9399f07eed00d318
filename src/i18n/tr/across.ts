// Turkish texts: posts and messages across a link with another neighbourhood (protocol-links.md §3).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { across as dutch } from '../nl/across.ts';

export const across: Translation<typeof dutch> = {
  'across.shareLegend': 'Bağlı bir mahallede de gösterilsin mi?',
  'across.shareIn': '{place} mahallesinde de göster',
  'across.shareHint': 'Oradaki komşular ilanını ve adını görür, sana mesaj gönderebilir.',
  'across.notInTerms': '{place}: olmaz. {category} o mahalleyle yapılan anlaşmada yok.',
  'across.shared': '{place} mahallesinde de görünüyor. Bu ilanı kaldırırsan, orada da kalkar.',
  'across.from': 'Bu ilan, sizin mahallenizle bağlı olan {place} mahallesinden geliyor.',
  'across.someoneFrom': '{place} mahallesinden bir komşu',
  'across.title': '{place} mahallesinden {name} ile konuşma',
  'across.titleSomeone': '{place} mahallesinden bir komşuyla konuşma',
  'across.fieldSomeone': '{place} mahallesinden bu komşuya yaz',
  'across.private':
    'Bunu sadece siz ikiniz okuyabilirsiniz. Koordinatörlerin bilgisayarları üzerinden gider, bu yüzden cevap biraz sürebilir.',
  'across.field': '{place} mahallesinden {name} kişisine yaz',
  'across.send': 'Gönder',
  'across.sent': 'Gönderildi.',
  'across.responses': 'Diğer mahallelerden cevaplar',
  'across.conversations': 'Diğer mahallelerle konuşmalar',
  'across.about': 'Konu: {title}',
};
