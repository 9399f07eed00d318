// "Afspraken van het netwerk": the network's policy (docs/protocol.md §3.4) as one form on
// the coordinator's settings page: the vote rule for plans, who pays activities, how many
// sign a checkpoint, and the two agreements whose users are not built yet (said so beside
// them). Saved whole as a `policy` entry that counts from its place in the log on.
import { createSignal, For, Show } from 'solid-js';
import { type ActivityPay, activityPayChoices, policyLimits } from '../../../core/entry/bodies.ts';
import type { Policy } from '../../../data/coordinator/index.ts';
import { problemField, problemText } from '../../app/problemText.ts';
import { TextField } from '../../common/Field.tsx';
import { ProblemMessage } from '../../common/ProblemMessage.tsx';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';

type NumberField = keyof typeof policyLimits;
const numberFields: NumberField[] = ['voteShare', 'voteQuorum', 'checkpointQuorum', 'retention'];

export function PolicyForm(props: SectionProps & { start: Policy }) {
  const [numbers, setNumbers] = createSignal<Record<NumberField, string>>({
    voteShare: String(props.start.voteShare),
    voteQuorum: String(props.start.voteQuorum),
    checkpointQuorum: String(props.start.checkpointQuorum),
    retention: String(props.start.retention),
  });
  const [pay, setPay] = createSignal<ActivityPay>(props.start.activityPay);
  const [shareAcross, setShareAcross] = createSignal(props.start.shareAcross);
  const [problem, setProblem] = createSignal<{ field: string; text: string } | null>(null);
  const [saved, setSaved] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const problemFor = (field: string) => (problem()?.field === field ? (problem()?.text ?? null) : null);
  const setNumber = (field: NumberField, value: string) => setNumbers((all) => ({ ...all, [field]: value }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    const read = {} as Record<NumberField, number>;
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
      activityPay: pay(),
      shareAcross: shareAcross(),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem({ field: problemField(result) ?? 'form', text: problemText(result) });
      return;
    }
    setSaved(true);
  };

  const numberField = (field: NumberField) => (
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
        <fieldset class="choices" aria-describedby="policy-pay-hint">
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
        {numberField('checkpointQuorum')}
        {numberField('retention')}
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={shareAcross()}
              aria-describedby="policy-share-hint"
              onChange={(event) => setShareAcross(event.currentTarget.checked)}
            />
            {t('policy.shareAcross')}
          </label>
          <p class="hint" id="policy-share-hint">
            {t('policy.shareAcrossHint')}
          </p>
        </div>
        <ProblemMessage
          text={problem() && !numberFields.includes(problem()?.field as NumberField) ? problem()?.text : null}
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
