import { useState } from 'preact/hooks';
import { OFFER_KINDS, type Offer } from '../../lib/schema/records';
import type { OfferSuggestion } from '../../lib/value/offer-suggestions';

const KIND_LABELS: Record<Offer['kind'], string> = {
  skill: 'A skill',
  knowledge: 'Knowledge',
  network: 'People I know',
  time: 'Time',
};

/** What is typed in the form before it is added (so it can be kept meanwhile). */
export type OfferDraft = Pick<Offer, 'text' | 'kind'>;

interface Props {
  offers: readonly Offer[];
  onAdd: (text: string, kind: Offer['kind']) => Promise<unknown> | undefined;
  onRemove: (id: string) => void;
  /** Ideas to add in one click. */
  suggestions?: readonly OfferSuggestion[];
  /** The form, filled with what was typed earlier and not yet added. */
  start?: OfferDraft;
  /** Hears every change of the form, so the caller can keep it. */
  onDraft?: (draft: OfferDraft) => void;
}

/** What I can give (DOMAIN.md §5): the source of "what I could give first". */
export function OffersEditor({ offers, onAdd, onRemove, suggestions = [], start, onDraft }: Props) {
  const [text, setText] = useState(start?.text ?? '');
  const [kind, setKind] = useState<Offer['kind']>(start?.kind ?? 'skill');
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
              class="link-button offers__remove"
              aria-label={`Remove offer: ${offer.text}`}
              onClick={() => onRemove(offer.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {suggestions.length > 0 && (
        <fieldset class="offer-suggestions">
          <legend class="muted">Ideas: press one to add it</legend>
          {suggestions.map((s) => (
            <button
              key={s.text}
              type="button"
              class="chip"
              aria-label={`Add offer: ${s.text}`}
              onClick={() => void Promise.resolve(onAdd(s.text, s.kind)).catch(() => undefined)}
            >
              + {s.text}
            </button>
          ))}
        </fieldset>
      )}
      <form class="form form__row" onSubmit={submit}>
        <label>
          I can offer
          <input
            value={text}
            placeholder="e.g. Rust code reviews"
            onInput={(e) => {
              setText(e.currentTarget.value);
              onDraft?.({ text: e.currentTarget.value, kind });
            }}
          />
        </label>
        <label>
          Kind
          <select
            value={kind}
            onChange={(e) => {
              const next = e.currentTarget.value as Offer['kind'];
              setKind(next);
              onDraft?.({ text, kind: next });
            }}
          >
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
