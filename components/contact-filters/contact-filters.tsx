import { ROLES, SOURCES, STAGES } from '../../lib/schema/records';
import type { ContactFilters } from '../../lib/search/contact-index';
import { ROLE_LABELS, SOURCE_LABELS, STAGE_LABELS } from '../contact-view/labels';

interface Props {
  query: string;
  filters: ContactFilters;
  needs: readonly { id: string; text: string }[];
  onQuery: (query: string) => void;
  onFilters: (filters: ContactFilters) => void;
}

function Select<T extends string>(props: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  labels: (value: T) => string;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <label class="filter">
      <span class="visually-hidden">{props.label}</span>
      <select
        aria-label={props.label}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.currentTarget.value || undefined) as T | undefined)}
      >
        <option value="">{props.label}: any</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search as you type, and filters by role, stage, need and source. */
export function ContactFiltersBar({ query, filters, needs, onQuery, onFilters }: Props) {
  return (
    <div class="contact-filters">
      <input
        type="search"
        class="search"
        aria-label="Search contacts"
        placeholder="Search names, companies, notes, tags…"
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
      <div class="filters">
        <Select
          label="Role"
          value={filters.role}
          options={ROLES}
          labels={(v) => ROLE_LABELS[v]}
          onChange={(role) => onFilters({ ...filters, role })}
        />
        <Select
          label="Stage"
          value={filters.stage}
          options={STAGES}
          labels={(v) => STAGE_LABELS[v]}
          onChange={(stage) => onFilters({ ...filters, stage })}
        />
        <Select
          label="Need"
          value={filters.needId}
          options={needs.map((n) => n.id)}
          labels={(id) => needs.find((n) => n.id === id)?.text ?? id}
          onChange={(needId) => onFilters({ ...filters, needId })}
        />
        <Select
          label="Source"
          value={filters.source}
          options={SOURCES}
          labels={(v) => SOURCE_LABELS[v]}
          onChange={(source) => onFilters({ ...filters, source })}
        />
      </div>
    </div>
  );
}
