import { useEffect, useState } from 'preact/hooks';
import { PageMessage } from '../../components/page-message/page-message';
import { PersonCard } from '../../components/person-card/person-card';
import { SaveButton, type SaveState } from '../../components/save-button/save-button';
import { findContactByProfileKey, saveProfile } from '../../lib/db/repositories/contacts';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import { describeSaveError } from './describe-save-error';
import { UNREACHABLE } from './describe-unreachable';
import type { ActiveTab } from './use-active-tab';
import { useLiveQuery } from './use-live-query';
import { usePageProfile } from './use-page-profile';

export function ThisPageView({ tab }: { tab: ActiveTab | undefined }) {
  const page = usePageProfile(tab);
  if (page.kind === 'loading') return <PageMessage title="Reading the page…" />;
  if (page.kind === 'error') {
    return (
      <PageMessage title="This page could not be read" tone="error">
        <p>{page.message} Reload the page and try again.</p>
      </PageMessage>
    );
  }
  const { reply } = page;
  if (reply.status === 'unreachable') {
    return (
      <PageMessage title={UNREACHABLE.title}>
        <p>{UNREACHABLE.detail}</p>
      </PageMessage>
    );
  }
  if (reply.status === 'none') {
    return (
      <PageMessage title="No profile on this page">
        <p>{reply.reason}</p>
      </PageMessage>
    );
  }
  return <Person snapshot={reply.snapshot} partialReason={reply.partialReason} />;
}

function Person({ snapshot, partialReason }: { snapshot: ProfileSnapshot; partialReason?: string }) {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const saved = useLiveQuery(() => findContactByProfileKey(snapshot.canonicalUrl), [snapshot.canonicalUrl]);
  useEffect(() => setSave({ kind: 'idle' }), [snapshot.canonicalUrl]);

  const onSave = async () => {
    setSave({ kind: 'saving' });
    try {
      const { created } = await saveProfile(snapshot);
      setSave({ kind: 'saved', created });
    } catch (error) {
      setSave({ kind: 'error', message: describeSaveError(error) });
    }
  };

  return (
    <>
      <PersonCard snapshot={snapshot} partialReason={partialReason} />
      <SaveButton name={snapshot.name} savedAt={saved?.updatedAt} state={save} onSave={onSave} />
    </>
  );
}
