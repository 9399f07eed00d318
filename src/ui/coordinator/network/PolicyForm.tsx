// "Afspraken van het netwerk": the network's policy (docs/protocol.md §3.4) as one form on
// the coordinator's settings page: the vote rule for plans, who pays activities, and whether
// members may share posts with linked neighbourhoods (protocol-links.md §3).
// `checkpointQuorum` and `retention` are kept as they are: devices do not write checkpoints or
// carry others' messages by them yet, so the form does not offer a choice that does nothing. Saved whole as a `policy`
// entry that counts from its place in the log on.
import { createSignal, For, Show } from 'solid-js';
import { type ActivityPay, activityPayChoices, policyLimits } from '../../../core/entry/bodies.ts';
import type { Policy } from '../../../data/coordinator/index.ts';
import { problemField, problemText } from '../../app/problemText.ts';
import { TextField } from '../../common/Field.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

type NumberField = keyof typeof policyLimits;
const numberFields = ['voteShare', 'voteQuorum'] as const satisfies readonly NumberField[];
type ShownField = (typeof numberFields)[number];

export function PolicyForm(props: SectionProps & { start: Policy }) {
  const [numbers, setNumbers] = createSignal<Record<ShownField, string>>({
    voteShare: String(props.start.voteShare),
    voteQuorum: String(props.start.voteQuorum),
  });
  const [pay, setPay] = createSignal<ActivityPay>(props.start.activityPay);
  const [share, setShare] = createSignal(props.start.shareAcross);
  const [problem, setProblem] = createSignal<{ field: string; text: string } | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const problemFor = (field: string) => (problem()?.field === field ? (problem()?.text ?? null) : null);
  const setNumber = (field: ShownField, value: string) => setNumbers((all) => ({ ...all, [field]: value }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    const read = {} as Record<ShownField, number>;
    for (const field of numberFields) {
      const { min, max } = policyLimits[field];
      const text = numbers()[field].trim();
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < min || value > max) {
        setProblem({ field, text: t('policy.wholeNumber', { min, max }) });
        return;
      }
      read[field] = value;
    }
    setBusy(true);
    const result = await props.session.coordinator.changePolicy({
      ...read,
      checkpointQuorum: props.start.checkpointQuorum,
      retention: props.start.retention,
      activityPay: pay(),
      shareAcross: share(),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem({ field: problemField(result) ?? 'form', text: problemText(result) });
      return;
    }
    setSaved(true);
  };

  const numberField = (field: ShownField) => (
    <TextField
      id={`policy-${field}`}
      label={t(`policy.${field}`)}
      hint={t(`policy.${field}Hint`)}
      inputmode="numeric"
      value={numbers()[field]}
      onValue={(value) => setNumber(field, value)}
      problem={problemFor(field)}
    />
  );

  return (
    <section aria-labelledby="policy-title" data-testid="policy">
      <h3 id="policy-title">{t('policy.title')}</h3>
      <form class="form" onSubmit={(event) => void submit(event)} novalidate>
        <p class="hint">{t('policy.intro')}</p>
        {numberField('voteShare')}
        {numberField('voteQuorum')}
        <fieldset class="choices single" aria-describedby="policy-pay-hint">
          <legend>{t('policy.activityPay')}</legend>
          <p class="hint" id="policy-pay-hint">
            {t('policy.activityPayHint')}
          </p>
          <For each={activityPayChoices}>
            {(choice) => (
              <label class="choice">
                <input
                  type="radio"
                  name="policy-pay"
                  value={choice}
                  checked={pay() === choice}
                  onChange={() => setPay(choice)}
                />
                {t(`together.pay.${choice}`)}
              </label>
            )}
          </For>
        </fieldset>
        <label class="choice">
          <input
            type="checkbox"
            checked={share()}
            aria-describedby="policy-share-hint"
            onChange={(event) => setShare(event.currentTarget.checked)}
          />
          {t('policy.shareAcross')}
        </label>
        <p class="hint" id="policy-share-hint">
          {t('policy.shareAcrossHint')}
        </p>
        <ProblemMessage
          text={
            problem() && !(numberFields as readonly string[]).includes(problem()?.field ?? '') ? problem()?.text : null
          }
        />
        <button type="submit" class="button" disabled={busy()} data-testid="policy-save">
          {t('policy.save')}
        </button>
        <Show when={saved()}>
          <p role="status">{t('policy.saved')}</p>
        </Show>
      </form>
    </section>
  );
}
