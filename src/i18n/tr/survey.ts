// Turkish texts: the yearly look back (docs/protocol-together.md §6).
// Typed by the Dutch file of the same name: a key missing here, or one Dutch lacks, is a type error.
import type { Translation } from '../messages.ts';
import type { survey as dutch } from '../nl/survey.ts';

export const survey: Translation<typeof dutch> = {
  'survey.title': 'Geriye bakış',
  'survey.anonymous':
    'Cevapların anonimdir. Ne cevap verdiğini kimse göremez, koordinatörler de göremez. Sadece toplamlar gösterilir.',
  'survey.until': '{date} tarihine kadar açık.',
  'survey.none': 'Şu anda geriye bakış yok.',
  'survey.thanks': 'Teşekkürler! Cevapların bir gün içinde, adından ayrı olarak gönderilir.',
  'survey.send': 'Gönder',
  'survey.missing': 'Her soru için bir cevap seç.',
  'survey.yes': 'Evet',
  'survey.no': 'Hayır',
  'survey.scaleLow': '1 = hiç',
  'survey.scaleHigh': '5 = çok',
  'survey.section': 'Geriye bakış',
  'survey.sectionIntro':
    'Üyelere yılda bir kez nasıl geçtiğini sor. Cevaplar anonimdir. Sadece toplamları görürsün, ve ancak 5 cevaptan sonra.',
  'survey.new': 'Yeni geriye bakış',
  'survey.titleField': 'Başlık',
  'survey.question': 'Soru {n}',
  'survey.questionField': 'Soru metni',
  'survey.kind': 'Cevap türü',
  'survey.kind.scale': '1 ile 5 arası bir sayı',
  'survey.kind.yes-no': 'Evet veya hayır',
  'survey.kind.choice': 'Listeden bir seçim',
  'survey.choice': 'Seçenek {n}',
  'survey.addChoice': 'Seçenek ekle',
  'survey.removeChoice': 'Seçenek {n} kaldır',
  'survey.addQuestion': 'Soru ekle',
  'survey.removeQuestion': 'Soru {n} kaldır',
  'survey.opens': 'Açılış',
  'survey.closes': 'Son gün',
  'survey.start': 'Geriye bakışı başlat',
  'survey.started': 'Geriye bakış üyeler için hazır.',
  'survey.incomplete': 'Bir başlık ve her soru için bir metin yaz (seçim için en az 2 seçenek).',
  'survey.badDates': 'Bitiş tarihi başlangıçtan sonra olmalı.',
  'survey.results': 'Geriye bakışlar',
  'survey.noSurveys': 'Henüz geriye bakış yok.',
  'survey.period': '{opens} – {closes}',
  'survey.answers': 'Cevaplar',
  'survey.answered': 'Katıldığını söyleyen üyeler',
  'survey.moreAnswers': 'Katıldığını söyleyen üyelerden daha fazla cevap var. Biri birden fazla cevap vermiş olabilir.',
  'survey.tooFew': "5'ten az cevap: henüz görülecek bir şey yok.",
  'survey.answer': 'Cevap',
  'survey.count': 'Sayı',
  'survey.report': 'Üyelerle geriye bakış',
  'survey.reportIntro':
    'Üyelerin anonim cevapları, cevap başına sayılar olarak. 5\'ten az "< 5" olarak gösterilir; 5\'ten az cevaplı bir geriye bakış yer almaz.',
};
