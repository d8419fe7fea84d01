import { formatMegabytes } from './format';

/** What the browser says about the extension's storage; a part it does not say is missing. */
export interface StorageSpace {
  usedBytes?: number;
  quotaBytes?: number;
  /** Protected from the browser clearing it when the disk fills up. */
  persisted?: boolean;
}

/** How much room Mentor Board's data takes, and whether the browser may clear it. */
export function StorageUsage({ space }: { space: StorageSpace | undefined }) {
  if (!space) return <p class="muted">Checking storage…</p>;
  const { usedBytes, quotaBytes, persisted } = space;
  return (
    <dl class="storage-usage">
      <dt>Space used</dt>
      <dd>
        {usedBytes === undefined
          ? 'Your browser does not say.'
          : `${formatMegabytes(usedBytes)}${quotaBytes === undefined ? '' : ` of ${formatMegabytes(quotaBytes)} available`}`}
      </dd>
      <dt>Automatic clearing</dt>
      <dd>
        {persisted === true && 'Protected from automatic clearing.'}
        {persisted === false &&
          'Not protected: the browser may clear this data when the disk runs low. Export your contacts now and then.'}
        {persisted === undefined && 'Your browser does not say.'}
      </dd>
    </dl>
  );
}
