// Everyone in the network with their hours, and what a coordinator can do for or about
// each: a kind word, a warning, a pause (suspension) and back, hours from the pot, the
// coordinator role (the last coordinator can never be removed; stepping down is removing
// one's own); a member card for someone admitted without a device (a kiosk sign-up).
import { createSignal, createUniqueId, Show } from 'solid-js';
import { type MemberLine, memberLines } from '../../../data/coordinator/index.ts';
import { helpTextOf, type PrintedCard } from '../../../data/kiosk/index.ts';
import type { NetworkSession } from '../../../data/session/index.ts';
import { Guarded } from '../../common/Guarded.tsx';
import { KeyedFor } from '../../common/KeyedFor.tsx';
import { signedHours } from '../../format/formatHours.ts';
import { t } from '../../i18n.ts';
import { PrintCard } from '../network/CardMembers.tsx';
import { PotGrant } from '../network/PotGrant.tsx';
import type { SectionProps } from '../Section.ts';
import { ActWithText } from './ActWithText.tsx';
import { GiveCard } from './GiveCard.tsx';

export function MembersSection(props: SectionProps) {
  const members = props.live.select(memberLines);
  const help = props.live.select(helpTextOf);
  // The card's code is on this page only until the coordinator says the card is printed.
  const [printed, setPrinted] = createSignal<PrintedCard | null>(null);
  return (
    <>
      <Show when={printed()}>
        {(made) => (
          <PrintCard card={made()} network={props.session.record.name} help={help()} onDone={() => setPrinted(null)} />
        )}
      </Show>
      <section class="table-scroll" tabindex="0" aria-label={t('coord.members')}>
        <table class="table members-table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{t('coord.memberName')}</th>
              <th scope="col">{t('coord.memberStatus')}</th>
              <th scope="col">{t('coord.memberBalance')}</th>
              <th scope="col">{t('toolkit.memberActions')}</th>
            </tr>
          </thead>
          <tbody>
            <KeyedFor each={members()} by={(m) => m.key}>
              {(member) => (
                <tr data-testid="member-row">
                  <th scope="row">{member().name ?? t('common.someone')}</th>
                  <td data-testid="member-status">
                    {t(`coord.status.${member().status}`)}
                    {member().coordinator ? `, ${t('coord.role.coordinator')}` : ''}
                    {member().withoutDevice ? `, ${t('card.withoutDevice')}` : ''}
                  </td>
                  <td data-testid="member-balance">{signedHours(member().balance)}</td>
                  <td>
                    <Guarded>
                      <MemberActions session={props.session} member={member()} onCard={setPrinted} />
                    </Guarded>
                  </td>
                </tr>
              )}
            </KeyedFor>
          </tbody>
        </table>
      </section>
    </>
  );
}

function MemberActions(props: { session: NetworkSession; member: MemberLine; onCard: (card: PrintedCard) => void }) {
  const id = createUniqueId();
  const name = () => props.member.name ?? t('common.someone');
  const commands = () => props.session.coordinator;
  return (
    <details class="member-actions" id={id}>
      <summary aria-label={t('toolkit.actionsFor', { name: name() })}>{t('toolkit.actions')}</summary>
      <div class="act-list">
        <Show when={!props.member.self}>
          <ActWithText
            label={t('toolkit.warn')}
            about={name()}
            field={t('toolkit.warnField', { name: name() })}
            hint={t('toolkit.warnHint', { name: name() })}
            required
            confirm={t('toolkit.send')}
            done={t('toolkit.warned', { name: name() })}
            run={(text) => commands().warn(props.member.key, text)}
          />
          <Show
            when={props.member.status === 'admitted'}
            fallback={
              <ActWithText
                label={t('toolkit.reinstate')}
                about={name()}
                field={t('toolkit.reinstateField')}
                confirm={t('toolkit.reinstateConfirm', { name: name() })}
                done={t('toolkit.reinstated', { name: name() })}
                run={() => commands().reinstate(props.member.key)}
              />
            }
          >
            <ActWithText
              label={t('toolkit.suspend')}
              about={name()}
              field={t('toolkit.suspendField')}
              hint={t('toolkit.suspendHint')}
              required
              confirm={t('toolkit.suspendConfirm', { name: name() })}
              done={t('toolkit.suspended', { name: name() })}
              run={(text) => commands().suspend(props.member.key, text)}
            />
          </Show>
        </Show>
        <Show when={props.member.withoutDevice}>
          <GiveCard session={props.session} member={props.member.key} name={name()} onCard={props.onCard} />
        </Show>
        <Show when={props.member.status === 'admitted'}>
          <PotGrant session={props.session} member={props.member.key} name={name()} />
          <Show
            when={props.member.coordinator}
            fallback={
              <ActWithText
                label={t('toolkit.makeCoordinator')}
                about={name()}
                field={t('toolkit.makeCoordinatorField')}
                hint={t('toolkit.makeCoordinatorHint', { name: name() })}
                confirm={t('toolkit.makeCoordinatorConfirm', { name: name() })}
                done={t('toolkit.madeCoordinator', { name: name() })}
                run={() => commands().grantRole(props.member.key)}
              />
            }
          >
            <ActWithText
              label={props.member.self ? t('toolkit.stepDown') : t('toolkit.removeCoordinator')}
              about={name()}
              field={t('toolkit.makeCoordinatorField')}
              hint={props.member.self ? t('toolkit.stepDownHint') : t('toolkit.removeCoordinatorHint')}
              confirm={props.member.self ? t('toolkit.stepDownConfirm') : t('toolkit.removeCoordinatorConfirm')}
              done={t('toolkit.roleRemoved', { name: name() })}
              run={() => (props.member.self ? commands().stepDown() : commands().revokeRole(props.member.key))}
            />
          </Show>
        </Show>
      </div>
    </details>
  );
}
