import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** The steps of the set-up, in order, by their short names. */
export const FIRST_RUN_STEPS = ['About you', 'Your needs', 'What you offer'] as const;

interface Props {
  /** 0-based. */
  step: number;
  heading: string;
  intro: ComponentChildren;
  children: ComponentChildren;
  nextLabel: string;
  /** Absent on the first step. */
  onBack?: () => void;
  onNext: () => void;
  onSkip: () => void;
  /** Moving on is under way (what was typed is being stored). */
  busy?: boolean;
}

/**
 * One step of the first-run set-up: where it stands ("Step 1 of 3"), its heading (which
 * takes the focus, so a screen reader announces each step), Back, Next, and Skip.
 */
export function StepFrame({ step, heading, intro, children, nextLabel, onBack, onNext, onSkip, busy }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [step]);
  return (
    <section class="first-run" aria-labelledby="first-run-heading">
      <div class="first-run__top">
        <p class="first-run__progress">
          Step {step + 1} of {FIRST_RUN_STEPS.length}
        </p>
        <button type="button" class="link-button" onClick={onSkip}>
          Skip set-up
        </button>
      </div>
      <ol class="first-run__steps" aria-label="Set-up steps">
        {FIRST_RUN_STEPS.map((name, i) => (
          <li
            key={name}
            class={i < step ? 'first-run__step--done' : i === step ? 'first-run__step--current' : undefined}
            aria-current={i === step ? 'step' : undefined}
          >
            {name}
          </li>
        ))}
      </ol>
      <h2 id="first-run-heading" class="first-run__heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <div class="first-run__intro">{intro}</div>
      {children}
      <div class="first-run__nav">
        {onBack && (
          <button type="button" class="button" onClick={onBack} disabled={busy}>
            Back
          </button>
        )}
        <button type="button" class="button button--primary" onClick={onNext} disabled={busy}>
          {nextLabel}
        </button>
      </div>
    </section>
  );
}
