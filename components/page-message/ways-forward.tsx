/** A way to see Mentor Board at work when no profile is open: the sample person. */
export function SampleOffer({ onSample }: { onSample: () => void }) {
  return (
    <p class="muted">
      New here?{' '}
      <button type="button" class="link-button" onClick={onSample}>
        Try it on a sample person
      </button>
    </p>
  );
}

/**
 * LinkedIn, in a new tab: where people are saved from. A link the user follows; the
 * extension itself requests nothing.
 */
export function OpenLinkedIn() {
  return (
    <p>
      <a class="button button--small" href="https://www.linkedin.com/" target="_blank" rel="noreferrer noopener">
        Open LinkedIn
      </a>
    </p>
  );
}
