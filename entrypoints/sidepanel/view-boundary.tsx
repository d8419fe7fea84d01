import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { PageMessage } from '../../components/page-message/page-message';

/**
 * Errors are caught once, here, and shown in words with a way forward, instead of a
 * blank panel (a database that cannot open, a query that fails).
 */
export function ViewBoundary({ children }: { children: ComponentChildren }) {
  const [error, reset] = useErrorBoundary((caught: unknown) => console.error('Mentor Board:', caught));
  if (!error) return <>{children}</>;
  const name = error instanceof Error ? error.name : '';
  const detail =
    name === 'QuotaExceededError'
      ? 'Your browser has no storage space left for Mentor Board. Free some disk space; nothing saved was lost.'
      : 'Mentor Board could not read its saved data just now. Nothing was deleted.';
  return (
    <PageMessage title="Something went wrong" tone="error">
      <p>{detail}</p>
      <button type="button" class="button button--small" onClick={reset}>
        Try again
      </button>
    </PageMessage>
  );
}
