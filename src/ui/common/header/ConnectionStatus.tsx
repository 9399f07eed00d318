import type { Accessor } from 'solid-js';
import type { SyncStatus } from '../../../sync/SyncStatus.ts';
import { t } from '../../i18n.ts';

/** Says honestly whether we are connected, and to how many neighbours; in a few words on a phone. */
export function ConnectionStatus(props: { status: Accessor<SyncStatus> }) {
  const peers = () => props.status().webrtcPeers + props.status().broadcastPeers;
  const text = () => {
    if (peers() > 0) return t('status.peers', { count: peers() });
    if (props.status().relays > 0) return t('status.alone');
    return t('status.offline');
  };
  const short = () => {
    if (peers() > 0) return t('status.short.peers', { count: peers() });
    if (props.status().relays > 0) return t('status.short.alone');
    return t('status.short.offline');
  };
  return (
    <p
      class="status"
      role="status"
      data-testid="connection-status"
      data-relays={props.status().relays}
      data-webrtc-peers={props.status().webrtcPeers}
      data-broadcast-peers={props.status().broadcastPeers}
      classList={{ online: peers() > 0 }}
    >
      <span class="status-dot" aria-hidden="true" />
      <span class="visually-hidden">{t('status.label')}: </span>
      <span class="status-long">{text()}</span>
      <span class="status-short">{short()}</span>
    </p>
  );
}
