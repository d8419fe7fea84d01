import { useEffect, useState } from 'preact/hooks';
import { PageMessage } from '../../components/page-message/page-message';
import { SampleOffer } from '../../components/page-message/ways-forward';
import { PersonCard } from '../../components/person-card/person-card';
import { ProfileDetails } from '../../components/profile-details/profile-details';
import { SaveButton, type SaveState } from '../../components/save-button/save-button';
import { WhyNow } from '../../components/why-now/why-now';
import { showSaved } from '../../lib/actions/badge';
import {
  correctField,
  findContactByProfileKey,
  refreshSnapshot,
  saveProfile,
} from '../../lib/db/repositories/contacts';
import { detectChanges, type ProfileChange } from '../../lib/ladder';
import {
  applyCorrections,
  type CorrectableField,
  type Corrections,
  isListField,
  parseList,
} from '../../lib/profile/corrections';
import type { ExtractResult, ProfileSnapshot } from '../../lib/schema/profile';
import { describeSaveError, describeSaveErrorWithSpace } from './describe-save-error';
import { NO_PROFILE_NEXT, PAGE_UNREADABLE } from './describe-unreachable';
import { FitSection } from './fit-section';
import { ReadPagePrompt } from './read-page-prompt';
import type { ActiveTab } from './use-active-tab';
import { useLiveQuery } from './use-live-query';
import { useMyBoard } from './use-my-board';
import type { PageState } from './use-page-profile';

interface ViewProps {
  tab: ActiveTab | undefined;
  page: PageState;
  onSetUp: () => void;
  /** Show the sample person instead: the way to look around without a profile open. */
  onSample: () => void;
}

export function ThisPageView({ tab, page, onSetUp, onSample }: ViewProps) {
  // A page read on demand ("Read this page") replaces the answer until the tab changes.
  // It belongs to the tab state it was read in: a read that finishes after the user moved
  // on is dropped, never shown (or saved) as the person of the new page.
  const tabKey = `${tab?.id}:${tab?.revision}`;
  const [onDemand, setOnDemand] = useState<{ key: string; result: ExtractResult }>();

  if (page.kind === 'loading') return <PageMessage title="Reading the page…" />;
  if (page.kind === 'error') {
    return (
      <PageMessage title="This page could not be read" tone="error">
        <p>{PAGE_UNREADABLE}</p>
      </PageMessage>
    );
  }
  const reply = onDemand?.key === tabKey ? onDemand.result : page.reply;
  if (reply.status === 'unreachable' || (reply.status === 'none' && reply.code === 'unsupported-site')) {
    return tab ? (
      <ReadPagePrompt
        key={tabKey}
        tabId={tab.id}
        onRead={(result) => setOnDemand({ key: tabKey, result })}
        onSample={onSample}
      />
    ) : null;
  }
  if (reply.status === 'none') {
    return (
      <PageMessage title="No profile on this page">
        <p>{reply.reason}</p>
        {NO_PROFILE_NEXT[reply.code] && <p>{NO_PROFILE_NEXT[reply.code]}</p>}
        <SampleOffer onSample={onSample} />
      </PageMessage>
    );
  }
  return (
    <Person
      key={reply.snapshot.canonicalUrl}
      snapshot={reply.snapshot}
      partialReason={reply.partialReason}
      onSetUp={onSetUp}
    />
  );
}

interface PersonProps {
  tabId?: number;
  snapshot: ProfileSnapshot;
  partialReason?: string;
  onSetUp: () => void;
}

function Person({ tabId, snapshot, partialReason, onSetUp }: PersonProps) {
  const board = useMyBoard();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [changes, setChanges] = useState<ProfileChange[]>([]);
  // Re-visiting a saved person refreshes their snapshot (earlier ones are kept) and shows
  // what changed since the last visit: a "why now" moment.
  useEffect(() => {
    refreshSnapshot(snapshot)
      .then((previous) => setChanges(previous ? detectChanges(previous.snapshot, snapshot) : []))
      .catch(() => setChanges([]));
  }, [snapshot]);
  const saved = useLiveQuery(() => findContactByProfileKey(snapshot.canonicalUrl), [snapshot.canonicalUrl]);
  const shown = applyCorrections(snapshot, saved?.corrections as Corrections | undefined);

  const onSave = async () => {
    setSave({ kind: 'saving' });
    try {
      const { contact, created } = await saveProfile(snapshot);
      setSave({ kind: 'saved', created });
      if (tabId !== undefined) showSaved(tabId, contact.name).catch(() => {});
    } catch (error) {
      setSave({ kind: 'error', message: await describeSaveErrorWithSpace(error) });
    }
  };
  const onCorrect = (field: CorrectableField, value: string) => {
    correctField(snapshot, field, isListField(field) ? parseList(value) : value).catch((error: unknown) =>
      setSave({ kind: 'error', message: describeSaveError(error) }),
    );
  };

  return (
    <>
      <PersonCard snapshot={shown} partialReason={partialReason} onCorrect={onCorrect} />
      <WhyNow changes={changes} heading="Why now: changed since your last visit" />
      <SaveButton name={shown.name} savedAt={saved?.updatedAt} state={save} onSave={onSave} />
      {board && <FitSection snapshot={shown} extracted={snapshot} board={board} changes={changes} onSetUp={onSetUp} />}
      <ProfileDetails snapshot={shown} onCorrect={onCorrect} />
    </>
  );
}
