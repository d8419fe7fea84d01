import { useRef, useState } from 'preact/hooks';
import { ME_LISTS, type MeValue, splitList } from '../me-form/me-form';

/** The set-up asks for the few facts that matter most; the rest is under Me. */
const FIELDS = ME_LISTS.filter(([field]) => field === 'schools' || field === 'companies');

interface Props {
  /** Who I am as stored (or empty): Back shows what was saved. */
  value: MeValue;
  /** What the profile open in the tab says, when it is a profile (the user's own, say). */
  fromPage?: () => Partial<MeValue> | undefined;
  /** Every change, as it is typed: the caller saves it. */
  onChange: (value: MeValue) => void;
}

/**
 * Step 1: a line about me, my schools and companies. A slim MeForm that saves as it goes;
 * the lists keep their own text, so a comma being typed is not tidied away.
 */
export function AboutMeStep({ value, fromPage, onChange }: Props) {
  const [me, setMe] = useState(value);
  // The latest value, for input events that come before the next render.
  const latest = useRef(value);
  const [lists, setLists] = useState({ schools: value.schools.join(', '), companies: value.companies.join(', ') });
  const [note, setNote] = useState('');
  const change = (edit: Partial<MeValue>) => {
    const next = { ...latest.current, ...edit };
    latest.current = next;
    setMe(next);
    onChange(next);
  };
  const fill = () => {
    const found = fromPage?.();
    if (!found) return;
    const next = { ...latest.current, ...found, summary: found.summary ?? latest.current.summary };
    setLists({ schools: next.schools.join(', '), companies: next.companies.join(', ') });
    change(next);
    setNote('Filled from the profile in this tab (the places and languages it names are under Me). Check it.');
  };
  return (
    <div class="form">
      {fromPage ? (
        <p>
          <button type="button" class="button button--small" onClick={fill}>
            Fill from my profile in this tab
          </button>
        </p>
      ) : (
        <p class="muted">Tip: open your own LinkedIn profile in this tab, and a button fills this in for you.</p>
      )}
      <label>
        Who I am and what I do
        <textarea
          rows={2}
          value={me.summary}
          placeholder="e.g. Backend engineer at a logistics start-up, about to lead my first team"
          onInput={(e) => change({ summary: e.currentTarget.value })}
        />
      </label>
      {FIELDS.map(([field, label, placeholder]) => (
        <label key={field}>
          {label} (separate with commas)
          <input
            value={lists[field as 'schools' | 'companies']}
            placeholder={placeholder}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setLists((old) => ({ ...old, [field]: text }));
              change({ [field]: splitList(text) });
            }}
          />
        </label>
      ))}
      <p class="muted" role="status">
        {note || 'Saved as you type. All of it is optional, and stays on this computer.'}
      </p>
    </div>
  );
}
