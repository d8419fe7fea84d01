export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  tabs: readonly ViewTab<Id>[];
  current: Id;
  onSelect: (id: Id) => void;
}

/** Where each key moves from tab `index` of `count`, as the ARIA tabs pattern has it. */
export function tabAfterKey(key: string, index: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * The panel's top-level views, as an ARIA tab list: arrow keys move between tabs, Home and
 * End to the first and last; Tab leaves the list for the view.
 */
export function ViewTabs<Id extends string>({ tabs, current, onSelect }: Props<Id>) {
  const move = (event: KeyboardEvent, index: number) => {
    const to = tabAfterKey(event.key, index, tabs.length);
    const next = to === undefined ? undefined : tabs[to];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div class="view-tabs" role="tablist" aria-label="Views">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          id={`tab-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === current}
          aria-controls={`view-${tab.id}`}
          tabIndex={tab.id === current ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
