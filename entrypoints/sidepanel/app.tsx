import { useState } from 'preact/hooks';
import { type ViewTab, ViewTabs } from '../../components/view-tabs/view-tabs';
import { MeView } from './me-view';
import { PeopleView } from './people-view';
import { ThisPageView } from './this-page-view';
import { useActiveTab } from './use-active-tab';

type ViewId = 'page' | 'people' | 'me';
const VIEWS: readonly ViewTab<ViewId>[] = [
  { id: 'page', label: 'This page' },
  { id: 'people', label: 'People' },
  { id: 'me', label: 'Me' },
];

export function App() {
  const [view, setView] = useState<ViewId>('page');
  const tab = useActiveTab();
  return (
    <div class="panel">
      <header class="panel__header">
        <h1 class="panel__title">Mentor Board</h1>
        <ViewTabs tabs={VIEWS} current={view} onSelect={setView} />
      </header>
      <main>
        <div id={`view-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="panel__view">
          {view === 'page' && <ThisPageView tab={tab} onSetUp={() => setView('me')} />}
          {view === 'people' && <PeopleView />}
          {view === 'me' && <MeView tab={tab} />}
        </div>
      </main>
    </div>
  );
}
