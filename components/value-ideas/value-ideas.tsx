import type { ValueIdea } from '../../lib/value/types';

interface Props {
  ideas: readonly ValueIdea[];
  /** Ideas already logged as given to this person. */
  given: ReadonlySet<string>;
  onGive: (idea: ValueIdea) => void;
}

/** What I could give first (DOMAIN.md §5), each with the words that suggested it. */
export function ValueIdeas({ ideas, given, onGive }: Props) {
  if (!ideas.length) {
    return (
      <p class="muted">
        Nothing on this page suggests a gift yet. Add what you can offer under “Me”, or read their posts for what they
        are working on.
      </p>
    );
  }
  return (
    <ul class="ideas" aria-label="What I could give first">
      {ideas.map((idea) => (
        <li key={idea.id} class="idea">
          <p class="idea__title">{idea.title}</p>
          <p class="idea__detail">{idea.detail}</p>
          {idea.evidence[0] && (
            <p class="idea__why">
              Because: <q>{idea.evidence[0].text}</q>
            </p>
          )}
          <div class="idea__actions">
            <span class="muted">{idea.effortText}</span>
            {given.has(idea.id) ? (
              <span class="idea__given">Logged as given ✓</span>
            ) : (
              <button type="button" class="button button--small" onClick={() => onGive(idea)}>
                Log as given
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
