// The invite: a link, a QR code and a printable poster; and, when an old poster should stop
// working (a flood of strangers' requests, or simply a new start), a new invite.
import { createResource, Show } from 'solid-js';
import { inviteFragment } from '../../../data/joining/index.ts';
import { houseRulesOf } from '../../../data/session/index.ts';
import { ShareButton } from '../../common/ShareButton.tsx';
import { qrSvg } from '../../format/qrSvg.ts';
import { t } from '../../i18n.ts';
import { ActWithText } from '../people/ActWithText.tsx';
import type { SectionProps } from '../Section.ts';

export function InviteSection(props: SectionProps) {
  const rules = props.live.select(houseRulesOf);
  // The link follows the record: a new invite changes it on every coordinator's page.
  const link = props.live.select((view) => `${location.origin}/join/${inviteFragment(view.record)}`);
  const [qr] = createResource(link, (text) => qrSvg(text));
  const name = () => props.session.record.name;
  const qrImage = () => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr() ?? '')}`;
  return (
    <>
      <p>{t('coord.inviteHint')}</p>
      <label for="invite-link">{t('coord.inviteLink')}</label>
      {/* A web address reads left to right, its start in view, in an Arabic page too. */}
      <input id="invite-link" class="invite-link" dir="ltr" readOnly value={link()} data-testid="invite-link" />
      <div class="actions">
        <ShareButton url={link()} title={t('poster.title', { name: name() })} />
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {t('coord.print')}
        </button>
      </div>
      <Show when={qr()}>
        <img class="qr" src={qrImage()} alt={t('coord.qr', { name: name() })} width="220" height="220" />
        <div class="poster" aria-hidden="true">
          <h1>{t('poster.title', { name: name() })}</h1>
          <p>{t('poster.body')}</p>
          <img src={qrImage()} alt="" width="420" height="420" />
          <p class="poster-rules">{rules()}</p>
        </div>
      </Show>
      <ActWithText
        label={t('toolkit.newInvite')}
        field={t('toolkit.newInviteField')}
        hint={t('toolkit.newInviteHint')}
        confirm={t('toolkit.newInviteConfirm')}
        done={t('toolkit.newInviteDone')}
        run={() => props.session.coordinator.newInvite()}
      />
    </>
  );
}
