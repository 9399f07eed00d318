// What is worth a look, each with what to do about it: over the limit (talk, never a
// penalty), a forked device (over-forked: many branches at once), heavy repeat help, a post or a response nobody answered for
// two weeks, and the requests asked "via de coördinator" (suggest a match: both people
// still say yes themselves).
import { createMemo, createSignal, createUniqueId, Show } from 'solid-js';
import { type FlagLine, flagLines, memberLines } from '../../../data/coordinator/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import type { LiveSession } from '../../app/session.ts';
import { Guarded } from '../../common/Guarded.tsx';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { MemberSelect } from '../../common/MemberSelect.tsx';
import { hoursText } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import type { SectionProps } from '../Section.ts';
import { ActWithText } from './ActWithText.tsx';
import { KindMessage } from './KindMessage.tsx';

export function FlagsSection(props: SectionProps) {
  const lines = props.live.select(flagLines);
  return (
    <Show when={lines().length > 0} fallback={<p>{t('coord.noFlags')}</p>}>
      <ul class="list" data-testid="flags">
        <KeyedFor
          each={lines()}
          by={(f) => `${f.kind} ${f.to} ${'post' in f ? f.post : ''} ${'helped' in f ? f.helped : ''}`}
        >
          {(flag) => (
            <Guarded>
              <li class="item" data-testid="flag" data-kind={flag().kind}>
                <p>{flagText(flag())}</p>
                <p class="hint">{t(`toolkit.action.${flag().action}`)}</p>
                <FlagAction flag={flag()} session={props.session} live={props.live} />
              </li>
            </Guarded>
          )}
        </KeyedFor>
      </ul>
    </Show>
  );
}

export function flagText(flag: FlagLine): string {
  const name = flag.name ?? t('common.someone');
  switch (flag.kind) {
    case 'false-checkpoint':
      return t('coord.flag.false-checkpoint', { name, part: flag.part });
    case 'over-limit':
      return t('coord.flag.over-limit', { name, hours: hoursText(-flag.balance) });
    case 'fork':
      return t('coord.flag.fork', { name });
    case 'over-forked':
      return t('coord.flag.over-forked', { name, count: flag.heads });
    case 'heavy-help':
      return t('toolkit.flag.heavy-help', {
        name,
        helped: flag.helped ?? t('common.someone'),
        count: flag.exchanges,
        hours: hoursText(flag.minutes),
      });
    case 'unanswered-post':
      return t('toolkit.flag.unanswered-post', { name, title: flag.title });
    case 'unanswered-response':
      return t('toolkit.flag.unanswered-response', {
        name,
        responder: flag.responder ?? t('common.someone'),
        title: flag.title,
      });
    case 'via-coordinator':
      return t('toolkit.flag.via-coordinator', { name, title: flag.title });
  }
}

function FlagAction(props: { flag: FlagLine; session: NetworkSession; live: LiveSession }) {
  const flag = props.flag;
  const name = flag.name ?? t('common.someone');
  switch (flag.action) {
    case 'suggest-match':
      return (
        <SuggestMatch
          session={props.session}
          live={props.live}
          author={flag.to}
          authorName={name}
          title={'title' in flag ? flag.title : ''}
        />
      );
    case 'remind-author':
      return (
        <KindMessage
          session={props.session}
          to={flag.to}
          name={flag.name}
          text={t('toolkit.text.remind-author', { name, title: 'title' in flag ? flag.title : '' })}
        />
      );
    case 'review-help':
      return (
        <KindMessage
          session={props.session}
          to={flag.to}
          name={flag.name}
          text={t('toolkit.text.review-help', { name })}
        />
      );
    case 'check-device':
      return (
        <KindMessage
          session={props.session}
          to={flag.to}
          name={flag.name}
          text={t('toolkit.text.check-device', { name })}
        />
      );
    default:
      return (
        <KindMessage session={props.session} to={flag.to} name={flag.name} text={t('toolkit.text.talk', { name })} />
      );
  }
}

/** The coordinator proposes a helper for a request; the helper and the asker still say yes themselves. */
export function SuggestMatch(props: {
  session: NetworkSession;
  live: LiveSession;
  author: string;
  authorName: string;
  title: string;
}) {
  const id = createUniqueId();
  const members = props.live.select(memberLines);
  const helpers = createMemo(() =>
    members().filter((member) => member.status === 'admitted' && !member.self && member.key !== props.author),
  );
  const [helper, setHelper] = createSignal('');
  const chosen = () => helpers().find((member) => member.key === helper()) ?? null;
  return (
    <div class="suggest">
      <div class="field">
        <label for={`${id}-helper`}>{t('toolkit.suggestWho', { title: props.title })}</label>
        <MemberSelect
          id={`${id}-helper`}
          members={helpers().map((member) => ({ key: member.key, name: member.name ?? t('common.someone') }))}
          value={helper()}
          onChoose={setHelper}
          empty={t('toolkit.suggestPick')}
        />
      </div>
      <Show when={chosen()}>
        {(member) => (
          <ActWithText
            label={t('toolkit.suggest')}
            about={member().name}
            field={t('toolkit.kindMessageField', { name: member().name ?? t('common.someone') })}
            initial={t('toolkit.text.suggest', {
              name: member().name ?? '',
              author: props.authorName,
              title: props.title,
            })}
            required
            confirm={t('toolkit.send')}
            done={t('toolkit.sent', { name: member().name ?? t('common.someone') })}
            run={(text) => props.session.exchange.sendMessage(member().key, null, text)}
          />
        )}
      </Show>
    </div>
  );
}
