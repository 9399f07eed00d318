// A page, or one card on it, that fails to show itself says so in one plain line and
// leaves the rest working: one bad value from a peer never takes a whole page down.
import { ErrorBoundary, type JSX } from 'solid-js';
import { t } from '../i18n.ts';

export function Guarded(props: { children: JSX.Element; page?: boolean }) {
  return (
    <ErrorBoundary
      fallback={(error: unknown) => {
        console.error(error);
        return (
          <p class="problem" role="alert" data-testid="guarded">
            {t(props.page ? 'common.brokenPage' : 'common.brokenCard')}
          </p>
        );
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
