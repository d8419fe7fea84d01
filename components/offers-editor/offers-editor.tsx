import { useState } from 'preact/hooks';
import { OFFER_KINDS, type Offer } from '../../lib/schema/records';

const KIND_LABELS: Record<Offer['kind'], string> = {
  skill: 'A skill',
  knowledge: 'Knowledge',
  network: 'People I know',
  time: 'Time',
};

interface Props {
  offers: readonly Offer[];
  onAdd: (text: string, kind: Offer['kind']) => Promise<unknown> | undefined;
  onRemove: (id: string) => void;
}

/** What I can give (DOMAIN.md §5): the source of "what I could give first". */
export function OffersEditor({ offers, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Offer['kind']>('skill');
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    // Cleared only once stored: a failed write keeps what the user typed.
    Promise.resolve(onAdd(text.trim(), kind)).then(
      () => setText(''),
      () => undefined,
    );
  };
  return (
    <div class="offers-editor">
      {offers.length === 0 && (
        <p class="muted">
          You know more than you think: a skill, something you have read or learned, people you could introduce, an hour
          of your time.
        </p>
      )}
      <ul class="offers">
        {offers.map((offer) => (
          <li key={offer.id}>
            <span>{offer.text}</span> <span class="muted">({KIND_LABELS[offer.kind]})</span>
            <button
              type="button"
              class="link-button"
              aria-label={`Remove offer: ${offer.text}`}
              onClick={() => onRemove(offer.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="form form__row" onSubmit={submit}>
        <label>
          I can offer
          <input value={text} placeholder="e.g. Rust code reviews" onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Offer['kind'])}>
            {OFFER_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button button--small">
          Add
        </button>
      </form>
    </div>
  );
}
