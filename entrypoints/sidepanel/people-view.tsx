import { useEffect, useState } from 'preact/hooks';
import { ContactFiltersBar } from '../../components/contact-filters/contact-filters';
import { ContactList } from '../../components/contact-list/contact-list';
import { searchContacts } from '../../lib/db/repositories/contact-search';
import { listActiveNeeds } from '../../lib/db/repositories/needs';
import type { ContactFilters } from '../../lib/search/contact-index';
import { ContactView } from './contact-view';
import { useLiveQuery } from './use-live-query';

/** People: search as you type, filters, and the contact view. Mentees are a role filter. */
export function PeopleView({ openId, onOpen }: { openId?: string; onOpen: (id: string | undefined) => void }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<ContactFilters>({});
  const contacts = useLiveQuery(() => searchContacts(query, filters), [query, filters]);
  const needs = useLiveQuery(() => listActiveNeeds(), []);
  // Back from a contact, focus returns to that contact in the list, where the user was.
  const [returnTo, setReturnTo] = useState<string>();
  useEffect(() => {
    if (openId || !returnTo || !contacts) return;
    document.querySelector<HTMLElement>(`[data-contact-id="${CSS.escape(returnTo)}"]`)?.focus();
    setReturnTo(undefined);
  }, [openId, returnTo, contacts]);
  if (openId) {
    const back = () => {
      setReturnTo(openId);
      onOpen(undefined);
    };
    return <ContactView id={openId} onBack={back} />;
  }
  const isFiltered = query.trim() !== '' || Object.values(filters).some(Boolean);
  // With no one saved, search and filters have nothing to work on: the empty state alone.
  const isEmpty = contacts?.length === 0 && !isFiltered;
  return (
    <div class="people-view">
      {!isEmpty && (
        <ContactFiltersBar
          query={query}
          filters={filters}
          needs={needs ?? []}
          onQuery={setQuery}
          onFilters={setFilters}
        />
      )}
      <ContactList
        contacts={contacts}
        isFiltered={isFiltered}
        onOpen={onOpen}
        onClearFilters={() => {
          setQuery('');
          setFilters({});
        }}
      />
    </div>
  );
}
