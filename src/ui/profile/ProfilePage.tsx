// "Mijn profiel": what I like to do and can offer (with the categories' pictograms), the
// languages I speak, a few words about me, "ervaring met …" if I want, and my limits: a
// pause and how much a week.
// No field for age, needs, health or income: by design there is nowhere to put a label.
import { createSignal, For, Show } from 'solid-js';
import type { Profile } from '../../data/profile/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import type { LiveSession } from '../app/session.ts';
import { categoryLabel, pictogramOf } from '../board/categories.ts';
import { TextArea, TextField } from '../common/Field.tsx';
import { Pictogram } from '../common/Pictogram.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { hoursText } from '../format/formatHours.ts';
import { t } from '../i18n.ts';

/** Languages offered as a tick, each written in itself. */
export const spokenLanguages: { name: string; lang: string }[] = [
  { name: 'Nederlands', lang: 'nl' },
  { name: 'English', lang: 'en' },
  { name: 'Türkçe', lang: 'tr' },
  { name: 'العربية', lang: 'ar' },
  { name: 'Tamazight', lang: 'ber' },
  { name: 'Polski', lang: 'pl' },
  { name: 'Українська', lang: 'uk' },
  { name: 'Español', lang: 'es' },
  { name: 'Français', lang: 'fr' },
  { name: 'Deutsch', lang: 'de' },
  { name: 'Papiamentu', lang: 'pap' },
  { name: 'Sranantongo', lang: 'srn' },
];

const perWeekChoices = [0, 60, 120, 180, 240, 360, 480];

export function ProfilePage(props: { session: NetworkSession; live: LiveSession; categories: () => string[] }) {
  const profile = props.live.select((view) => view.memberState?.members.get(view.memberKey)?.profile ?? null);
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <p>{t('profile.intro')}</p>
      <Show when={profile()} fallback={<p role="status">{t('common.loading')}</p>}>
        {(current) => (
          <ProfileForm
            session={props.session}
            initial={current()}
            experience={props.session.profile.experience()}
            categories={props.categories}
          />
        )}
      </Show>
    </>
  );
}

function ProfileForm(props: {
  session: NetworkSession;
  initial: Profile;
  experience: string;
  categories: () => string[];
}) {
  const known = new Set(spokenLanguages.map((l) => l.name));
  const [name, setName] = createSignal(props.initial.name);
  const [area, setArea] = createSignal(props.initial.area);
  const [offers, setOffers] = createSignal<string[]>([...props.initial.offers]);
  const [languages, setLanguages] = createSignal<string[]>(props.initial.languages.filter((l) => known.has(l)));
  const [otherLanguages, setOtherLanguages] = createSignal(
    props.initial.languages.filter((l) => !known.has(l)).join(', '),
  );
  const [words, setWords] = createSignal(props.initial.words);
  const [experience, setExperience] = createSignal(props.experience);
  const [paused, setPaused] = createSignal(props.initial.paused);
  const [perWeek, setPerWeek] = createSignal(String(props.initial.perWeek));
  const [problem, setProblem] = createSignal<string | null>(null);
  const [saved, setSaved] = createSignal(false);
  const toggle = (list: () => string[], set: (next: string[]) => void, item: string, on: boolean) =>
    set(on ? [...list(), item] : list().filter((x) => x !== item));

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const others = otherLanguages()
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean);
    const result = await props.session.profile.save({
      name: name(),
      area: area(),
      offers: offers(),
      words: words(),
      languages: [...new Set([...languages(), ...others])],
      paused: paused(),
      perWeek: Number(perWeek()) || 0,
    });
    const more = result.ok ? await props.session.profile.saveExperience(experience()) : null;
    if (!result.ok) setProblem(problemText(result));
    else if (more && !more.ok) setProblem(problemText(more));
    else setSaved(true);
  };

  return (
    <form class="form" onSubmit={(event) => void save(event)} novalidate>
      <TextField id="profile-name" label={t('profile.name')} value={name()} onValue={setName} required />
      <TextField
        id="profile-area"
        label={t('profile.area')}
        hint={t('profile.areaHint')}
        value={area()}
        onValue={setArea}
      />
      <fieldset class="choices">
        <legend>{t('profile.offers')}</legend>
        <For each={props.categories()}>
          {(category) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={offers().includes(category)}
                onChange={(event) => toggle(offers, setOffers, category, event.currentTarget.checked)}
              />
              <Pictogram name={pictogramOf(category)} /> {categoryLabel(category)}
            </label>
          )}
        </For>
      </fieldset>
      <fieldset class="choices inline">
        <legend>{t('profile.languages')}</legend>
        <For each={spokenLanguages}>
          {(language) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={languages().includes(language.name)}
                onChange={(event) => toggle(languages, setLanguages, language.name, event.currentTarget.checked)}
              />
              <span lang={language.lang}>{language.name}</span>
            </label>
          )}
        </For>
      </fieldset>
      <TextField
        id="profile-other-languages"
        label={t('profile.otherLanguages')}
        hint={t('profile.otherLanguagesHint')}
        value={otherLanguages()}
        onValue={setOtherLanguages}
      />
      <TextArea
        id="profile-words"
        label={t('profile.words')}
        hint={t('profile.wordsHint')}
        value={words()}
        onValue={setWords}
        maxLength={500}
      />
      <TextField
        id="profile-experience"
        label={t('profile.experience')}
        hint={t('profile.experienceHint')}
        value={experience()}
        onValue={setExperience}
        maxLength={80}
      />
      <fieldset class="choices single">
        <legend>{t('profile.limits')}</legend>
        <label class="choice">
          <input type="checkbox" checked={paused()} onChange={(event) => setPaused(event.currentTarget.checked)} />
          {t('profile.paused')}
        </label>
        <p class="hint">{t('profile.pausedHint')}</p>
        <label for="profile-per-week">{t('profile.perWeek')}</label>
        <select id="profile-per-week" value={perWeek()} onChange={(event) => setPerWeek(event.currentTarget.value)}>
          <For each={perWeekChoices}>
            {(minutes) => (
              <option value={String(minutes)}>
                {minutes === 0 ? t('profile.perWeekAny') : t('profile.perWeekHours', { hours: hoursText(minutes) })}
              </option>
            )}
          </For>
        </select>
      </fieldset>
      <ProblemMessage text={problem()} />
      <Show when={saved()}>
        <p class="notice" role="status" data-testid="profile-saved">
          {t('profile.saved')}
        </p>
      </Show>
      <button type="submit" class="button">
        {t('profile.save')}
      </button>
    </form>
  );
}
