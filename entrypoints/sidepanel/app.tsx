import { useEffect, useState } from 'preact/hooks';
import { ShortcutsMenu } from '../../components/shortcuts/shortcuts';
import { type ViewTab, ViewTabs } from '../../components/view-tabs/view-tabs';
import { countContacts } from '../../lib/db/repositories/contacts';
import { BoardView } from './board-view';
import { DueView } from './due-view';
import { FirstRun } from './first-run/first-run';
import { SamplePersonView } from './first-run/sample-person-view';
import { useFirstRun } from './first-run/use-first-run';
import { MeView } from './me-view';
import { PeopleView } from './people-view';
import { ThisPageView } from './this-page-view';
import { useActiveTab } from './use-active-tab';
import { useDueBadge } from './use-due-badge';
import { usePageProfile } from './use-page-profile';
import { CHANGE_WHERE, openShortcutSettings, useShortcuts } from './use-shortcuts';
import { ViewBoundary } from './view-boundary';

type ViewId = 'page' | 'due' | 'people' | 'board' | 'me';
const VIEWS: readonly ViewTab<ViewId>[] = [
  { id: 'page', label: 'This page' },
  { id: 'due', label: 'Due' },
  { id: 'people', label: 'People' },
  { id: 'board', label: 'Board' },
  { id: 'me', label: 'Me' },
];

export function App() {
  const [view, setView] = useState<ViewId>();
  const [openContact, setOpenContact] = useState<string>();
  const tab = useActiveTab();
  const page = usePageProfile(tab);
  const [firstRun, closeFirstRun] = useFirstRun();
  // The sample person stands in for the page's person until closed or the tab moves on.
  const [sample, setSample] = useState(false);
  useEffect(() => setSample(false), [tab?.id, tab?.revision]);
  const shortcuts = useShortcuts();

  // The first view: the person on the page if there is one; else what's due, once there
  // are contacts to follow up; else "This page", which says how to start.
  useEffect(() => {
    if (view || page.kind === 'loading') return;
    // Functional updates: a tab the user picked meanwhile always wins.
    if (page.kind === 'ready' && page.reply.status === 'profile') setView((v) => v ?? 'page');
    else
      countContacts().then(
        (count) => setView((v) => v ?? (count > 0 ? 'due' : 'page')),
        () => setView('page'),
      );
  }, [page, view]);

  const current = view ?? 'page';
  useDueBadge(current);
  // The People tab always leads to the list; a contact opens from the list or elsewhere.
  const select = (id: ViewId) => {
    if (id === 'people') setOpenContact(undefined);
    setView(id);
  };
  const open = (id: string | undefined) => {
    setOpenContact(id);
    setView('people');
  };
  const trySample = () => {
    setSample(true);
    setView('page');
  };
  // A new user meets the set-up instead of the views (first-run/).
  if (firstRun.kind !== 'hidden') {
    return (
      <div class="panel">
        <header class="panel__header panel__header--alone">
          <h1 class="panel__title">Mentor Board</h1>
        </header>
        <main class="panel__view">
          {firstRun.kind === 'show' && (
            <ViewBoundary>
              <FirstRun
                progress={firstRun.progress}
                page={page}
                onExit={(next) => {
                  closeFirstRun();
                  if (next === 'sample') trySample();
                }}
              />
            </ViewBoundary>
          )}
        </main>
      </div>
    );
  }
  return (
    <div class="panel">
      <header class="panel__header">
        <div class="panel__top">
          <h1 class="panel__title">Mentor Board</h1>
          <ShortcutsMenu commands={shortcuts} changeWhere={CHANGE_WHERE} onChange={openShortcutSettings} />
        </div>
        <ViewTabs tabs={VIEWS} current={current} onSelect={select} />
      </header>
      <main>
        <div id={`view-${current}`} role="tabpanel" aria-labelledby={`tab-${current}`} class="panel__view">
          <ViewBoundary key={current}>
            {current === 'page' &&
              (sample ? (
                <SamplePersonView onClose={() => setSample(false)} onSetUp={() => setView('me')} />
              ) : (
                <ThisPageView tab={tab} page={page} onSetUp={() => setView('me')} onSample={trySample} />
              ))}
            {current === 'due' && <DueView onOpen={open} onReviewNeeds={() => setView('me')} />}
            {current === 'people' && <PeopleView openId={openContact} onOpen={setOpenContact} />}
            {current === 'board' && <BoardView onOpen={open} onSetUp={() => setView('me')} />}
            {current === 'me' && <MeView page={page} />}
          </ViewBoundary>
        </div>
      </main>
    </div>
  );
}
