import { useEffect, useState } from 'preact/hooks';
import { type ViewTab, ViewTabs } from '../../components/view-tabs/view-tabs';
import { countContacts } from '../../lib/db/repositories/contacts';
import { BoardView } from './board-view';
import { DueView } from './due-view';
import { MeView } from './me-view';
import { PeopleView } from './people-view';
import { ThisPageView } from './this-page-view';
import { useActiveTab } from './use-active-tab';
import { useDueBadge } from './use-due-badge';
import { usePageProfile } from './use-page-profile';
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
  return (
    <div class="panel">
      <header class="panel__header">
        <h1 class="panel__title">Mentor Board</h1>
        <ViewTabs tabs={VIEWS} current={current} onSelect={select} />
      </header>
      <main>
        <div id={`view-${current}`} role="tabpanel" aria-labelledby={`tab-${current}`} class="panel__view">
          <ViewBoundary key={current}>
            {current === 'page' && <ThisPageView tab={tab} page={page} onSetUp={() => setView('me')} />}
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
