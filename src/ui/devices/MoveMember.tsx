// The coordinator's part when a neighbour lost everything: after meeting them, type the
// code their new device shows, check the digits together, choose who it is and why, and
// move them to the new device's key (move-member). Their hours, posts and history stay
// theirs; what the old devices write afterwards does not count.
import { createSignal, Match, Switch } from 'solid-js';
import { movableMembers, moveToPairedDevice, type NewDeviceKeys, newDeviceKeys } from '../../data/devices/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import { problemText } from '../app/problemText.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { TextArea } from '../common/Field.tsx';
import { MemberSelect } from '../common/MemberSelect.tsx';
import { ProblemMessage } from '../common/ProblemMessage.tsx';
import { t } from '../i18n.ts';
import { PairingCodeForm } from './PairingCodeForm.tsx';
import { PairingSteps } from './PairingSteps.tsx';
import { createPairingFlow, PairingStop } from './pairingFlow.ts';
import { type SecureLink, untilOtherEndCloses } from './pairingSteps.ts';

/** A code from the QR code a new device shows (it opens this page with #verhuis=CODE). */
function codeFromLink(): string {
  const match = /^#verhuis=([0-9A-Za-z-]{1,20})$/.exec(location.hash);
  return match?.[1] ?? '';
}

export function MoveMember(props: { session: NetworkSession }) {
  const [code, setCode] = createSignal(codeFromLink());
  const flow = createPairingFlow({
    matched: async (link) => {
      const keys = await newDeviceKeys(link);
      if (!keys) throw new PairingStop(t('device.problem.closed'));
      return { link, keys };
    },
  });

  return (
    <div data-testid="move-member">
      <p>{t('device.moveIntro')}</p>
      <div aria-live="polite">
        <PairingSteps
          flow={flow}
          form={(problem) => (
            <PairingCodeForm
              id="move-code"
              label={t('device.moveCode')}
              code={code()}
              onCode={setCode}
              problem={problem()}
              onSubmit={() => void flow.type(code())}
            />
          )}
          connecting={<p role="status">{t('device.connecting')}</p>}
          working={() => <p role="status">{t('device.connecting')}</p>}
          matched={(paired) => (
            <ChooseAndMove
              session={props.session}
              link={paired.link}
              keys={paired.keys}
              onFail={(text) => flow.fail(new PairingStop(text))}
            />
          )}
        />
      </div>
    </div>
  );
}

/** Once the digits matched: who it is and why, then the move itself. */
function ChooseAndMove(props: {
  session: NetworkSession;
  link: SecureLink;
  keys: NewDeviceKeys;
  onFail: (text: string) => void;
}) {
  const members = useLiveQuery(() => props.session.db.members.toArray(), []);
  const movable = () => movableMembers(members(), props.session.memberKey);
  const [member, setMember] = createSignal('');
  const [reason, setReason] = createSignal(t('device.moveReasonDefault'));
  const [problem, setProblem] = createSignal<string | null>(null);
  const [state, setState] = createSignal<{ kind: 'choose' } | { kind: 'moving' } | { kind: 'done'; name: string }>({
    kind: 'choose',
  });
  const move = async (event: SubmitEvent) => {
    event.preventDefault();
    setProblem(null);
    const chosen = movable().find((m) => m.key === member());
    if (!chosen) {
      setProblem(t('device.moveNoMember'));
      return;
    }
    setState({ kind: 'moving' });
    const result = await moveToPairedDevice(props.link, props.session, props.keys, chosen.key, reason());
    if (!result.ok) return props.onFail(problemText(result));
    setState({ kind: 'done', name: chosen.name || t('common.someone') });
    await untilOtherEndCloses(props.link);
  };
  return (
    <Switch>
      <Match when={state().kind === 'choose'}>
        <form class="form compact" onSubmit={(event) => void move(event)} novalidate>
          <div class="field">
            <label for="move-member-who">{t('device.moveWho')}</label>
            <MemberSelect
              id="move-member-who"
              members={movable().map((m) => ({
                key: m.key,
                name: `${m.name || t('common.someone')}${m.area ? ` (${m.area})` : ''}`,
              }))}
              value={member()}
              onChoose={setMember}
              empty={t('device.moveChoose')}
            />
          </div>
          <TextArea id="move-reason" label={t('device.moveReason')} value={reason()} onValue={setReason} />
          <p class="hint">{t('device.moveHint')}</p>
          <ProblemMessage text={problem()} />
          <button type="submit" class="button">
            {t('device.moveConfirm')}
          </button>
        </form>
      </Match>
      <Match when={state().kind === 'moving'}>
        <p role="status">{t('device.moving')}</p>
      </Match>
      <Match
        when={(() => {
          const s = state();
          return s.kind === 'done' ? s : undefined;
        })()}
      >
        {(s) => (
          <p class="notice" role="status" data-testid="member-moved">
            {t('device.moved', { name: s().name })}
          </p>
        )}
      </Match>
    </Switch>
  );
}
