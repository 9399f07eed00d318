import { language, setLanguage, t } from '../i18n.ts';

export function LanguageSwitch() {
  const other = () => (language() === 'nl' ? 'en' : 'nl');
  return (
    <button
      type="button"
      class="button secondary"
      lang={other()}
      aria-label={`${t('language.label')}: ${t('language.switch')}`}
      onClick={() => setLanguage(other())}
    >
      {t('language.switch')}
    </button>
  );
}
