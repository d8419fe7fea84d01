import { useEffect, useRef } from 'preact/hooks';

interface Props {
  needs: number;
  offers: number;
  onSample: () => void;
  onStart: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The end of the set-up: what was kept, what to do next, and a sample person to try. */
export function FirstRunDone({ needs, offers, onSample, onStart }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const saved = [
    needs ? plural(needs, 'need', 'needs') : '',
    offers ? plural(offers, 'thing you can offer', 'things you can offer') : '',
  ].filter(Boolean);
  return (
    <section class="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading" class="first-run__heading" tabIndex={-1} ref={headingRef}>
        You’re set
      </h2>
      <p>
        {saved.length > 0 && `Saved: ${saved.join(' and ')}. Change them any time under Me. `}
        {needs === 0 && 'Add a need under Me when you are ready: each person’s fit is measured against your needs.'}
      </p>
      <h3 class="first-run__subheading">What next</h3>
      <ol class="first-run__next">
        <li>Open the LinkedIn profile of someone you would like to learn from.</li>
        <li>This panel shows which of your needs they could help with, and why, and what you could give them first.</li>
        <li>Press Save to keep them, then draft a first message. Mentor Board never sends anything itself.</li>
      </ol>
      <div class="first-run__nav">
        <button type="button" class="button button--primary" onClick={onSample}>
          Try it on a sample person
        </button>
        <button type="button" class="button" onClick={onStart}>
          Start
        </button>
      </div>
      <p class="muted">The sample is a fictional person, so you can look around before opening a real profile.</p>
    </section>
  );
}
