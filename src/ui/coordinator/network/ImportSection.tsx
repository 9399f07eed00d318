// Moving a TimeOverflow bank here: its members report (and offers report) become the
// members of this new network with their balances, and their offers on the board. First a
// look at what comes over and what does not; then, on the coordinator's word, the entries.
import { createSignal, createUniqueId, For, Show } from 'solid-js';
import type { ImportIssue } from '../../../core/import/timeOverflow.ts';
import { type ImportPreview, previewImport } from '../../../data/coordinator/index.ts';
import { problemText } from '../../app/problemText.ts';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { hoursText, signedHours } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

function issueText(issue: ImportIssue): string {
  return t('import.issueLine', {
    file: t(issue.file === 'members' ? 'import.membersFile' : 'import.offersFile'),
    line: issue.line,
    what: t(`import.issue.${issue.kind}`, { value: issue.value }),
  });
}

export function ImportSection(props: SectionProps) {
  const id = createUniqueId();
  const [membersText, setMembersText] = createSignal('');
  const [offersText, setOffersText] = createSignal('');
  const [consent, setConsent] = createSignal(t('import.consentDefault'));
  const [preview, setPreview] = createSignal<ImportPreview | null>(null);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  // A file just chosen is still being read when "look" may be pressed: look waits for it.
  let reading: Promise<void> = Promise.resolve();
  const readFile = (input: HTMLInputElement, set: (text: string) => void) => {
    const file = input.files?.[0];
    setPreview(null);
    setDone(null);
    reading = reading.then(async () => {
      try {
        set(file ? await file.text() : '');
      } catch (error) {
        // The file went away or cannot be read: as if none was chosen ("choose a file" says so).
        console.warn('reading the chosen file failed:', error);
        set('');
      }
    });
  };
  const look = async () => {
    setProblem(null);
    await reading;
    if (!membersText()) {
      setProblem(t('import.needMembers'));
      return;
    }
    setPreview(previewImport(membersText(), offersText()));
  };
  const run = async () => {
    const read = preview();
    if (!read) return;
    setBusy(true);
    const result = await props.session.importTimeOverflow(read, consent());
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem === 'not-new' ? t('import.notNew') : problemText(result));
      return;
    }
    setPreview(null);
    setDone(t('import.done', { members: result.members, posts: result.posts }));
  };

  return (
    <>
      <p>{t('import.intro')}</p>
      <div class="form compact">
        <div class="field">
          <label for={`${id}-members`}>{t('import.membersFile')}</label>
          <p class="hint" id={`${id}-members-hint`}>
            {t('import.membersHint')}
          </p>
          <input
            id={`${id}-members`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-members-hint`}
            onChange={(event) => readFile(event.currentTarget, setMembersText)}
          />
        </div>
        <div class="field">
          <label for={`${id}-offers`}>{t('import.offersFile')}</label>
          <input
            id={`${id}-offers`}
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => readFile(event.currentTarget, setOffersText)}
          />
        </div>
        <button type="button" class="button secondary" onClick={() => void look()}>
          {t('import.look')}
        </button>
      </div>
      <ProblemMessage text={problem()} />
      <Show when={preview()}>
        {(read) => (
          <div class="import-preview" data-testid="import-preview">
            <p role="status">
              {t('import.summary', {
                members: read().members.members.length,
                posts: read().posts.posts.length,
                hours: signedHours(read().openingTotal),
              })}
            </p>
            <table class="table">
              <caption>{t('import.membersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coord.memberName')}</th>
                  <th scope="col">{t('coord.memberArea')}</th>
                  <th scope="col">{t('import.opening')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={read().members.members}>
                  {(member) => (
                    <tr data-testid="import-member">
                      <th scope="row">{member.name}</th>
                      <td>{member.area}</td>
                      <td>{signedHours(member.openingMinutes)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show when={read().members.problems.length + read().posts.problems.length > 0}>
              <h3>{t('import.problems')}</h3>
              <ul>
                <For each={[...read().members.problems, ...read().posts.problems]}>
                  {(issue) => <li>{issueText(issue)}</li>}
                </For>
              </ul>
            </Show>
            <Show when={read().members.notices.length + read().posts.notices.length > 0}>
              <h3>{t('import.notices')}</h3>
              <ul>
                <For each={[...read().members.notices, ...read().posts.notices]}>
                  {(issue) => <li>{issueText(issue)}</li>}
                </For>
              </ul>
            </Show>
            <div class="field">
              <label for={`${id}-consent`}>{t('import.consent')}</label>
              <p class="hint" id={`${id}-consent-hint`}>
                {t('import.consentHint')}
              </p>
              <textarea
                id={`${id}-consent`}
                rows="3"
                aria-describedby={`${id}-consent-hint`}
                value={consent()}
                onInput={(event) => setConsent(event.currentTarget.value)}
              />
            </div>
            <p class="hint">{t('import.potNote', { hours: hoursText(Math.abs(read().openingTotal)) })}</p>
            <button type="button" class="button" disabled={busy()} onClick={() => void run()}>
              {t('import.run', { count: read().members.members.length })}
            </button>
          </div>
        )}
      </Show>
      <Show when={done()}>
        <p role="status" class="notice">
          {done()}
        </p>
        <p>{t('import.claim')}</p>
      </Show>
    </>
  );
}
