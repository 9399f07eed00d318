// The audit log: every coordinator act, who did it, when, why. Every coordinator reads the
// same log; nobody can edit or remove a line (each is a signed entry). Filter by kind of
// act and by a word (a name, a title, a reason).
import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { type AuditLine, auditLines, auditTypes, labelledType } from '../../../data/coordinator/index.ts';
import { hoursText, timeText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

const shownAtOnce = 100;

function details(line: AuditLine): string {
  const parts: string[] = [];
  if (line.about) parts.push(line.about);
  if (line.role) parts.push(t(`audit.role.${line.role === 'kiosk' ? 'kiosk' : 'coordinator'}`));
  if (line.minutes !== null) parts.push(hoursText(line.minutes));
  return parts.join(' · ');
}

export function AuditSection(props: SectionProps) {
  const id = createUniqueId();
  const lines = props.live.select(auditLines);
  const [type, setType] = createSignal('');
  const [word, setWord] = createSignal('');
  const shown = createMemo(() => {
    const needle = word().trim().toLocaleLowerCase();
    return lines().filter(
      (line) =>
        (!type() || line.type === type()) &&
        (!needle ||
          [line.by, line.about, line.reason, line.note].some((text) => text?.toLocaleLowerCase().includes(needle))),
    );
  });
  return (
    <>
      <p class="hint">{t('audit.intro')}</p>
      <form class="filters" aria-label={t('audit.filters')} onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for={`${id}-type`}>{t('audit.type')}</label>
          <select id={`${id}-type`} value={type()} onChange={(event) => setType(event.currentTarget.value)}>
            <option value="">{t('audit.allTypes')}</option>
            <For each={auditTypes}>{(kind) => <option value={kind}>{t(`audit.act.${kind}`)}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for={`${id}-word`}>{t('audit.word')}</label>
          <input
            id={`${id}-word`}
            type="search"
            value={word()}
            onInput={(event) => setWord(event.currentTarget.value)}
          />
        </div>
      </form>
      <Show when={shown().length > 0} fallback={<p>{t('audit.none')}</p>}>
        <section class="table-scroll" tabindex="0" aria-label={t('audit.title')}>
          <table class="table" data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.why')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={shown().slice(0, shownAtOnce)}>
                {(line) => (
                  <tr data-testid="audit-line" data-type={line.type}>
                    <td>{timeText(line.time)}</td>
                    <td>{line.by ?? t('common.someone')}</td>
                    <td>
                      {t(`audit.act.${labelledType(line.type)}`)}
                      <Show when={details(line)}>
                        <br />
                        <span class="meta">{details(line)}</span>
                      </Show>
                    </td>
                    <td>{line.note ?? line.reason}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
        <Show when={shown().length > shownAtOnce}>
          <p class="hint">{t('audit.more', { count: shown().length - shownAtOnce })}</p>
        </Show>
      </Show>
    </>
  );
}
