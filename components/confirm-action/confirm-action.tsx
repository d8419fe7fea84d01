import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** The button that opens the confirmation, e.g. "Delete contact…". */
  trigger: string;
  /** The question the confirmation asks, naming what goes. */
  title: string;
  /** What else goes, and what to do first. */
  children?: ComponentChildren;
  /** The destructive button, e.g. "Delete Rowan Alder". */
  confirmLabel: string;
  /** A word the user must type before the destructive button works (a stronger check). */
  typeToConfirm?: string;
  /** Does it; a rejection keeps the confirmation open (the caller says what went wrong). */
  onConfirm: () => Promise<unknown>;
}

type Step = 'closed' | 'open' | 'working';

/**
 * A destructive action behind a confirmation inside the panel (not window.confirm). One
 * stray click cannot do it: the first opens the confirmation, whose question text (not a
 * button) takes the trigger's place, so a double click lands on words; Cancel comes first
 * and has the focus, so Enter cancels; Escape cancels too.
 */
export function ConfirmAction({ trigger, title, children, confirmLabel, typeToConfirm, onConfirm }: Props) {
  const [step, setStep] = useState<Step>('closed');
  const [typed, setTyped] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'open') cancelRef.current?.focus();
    if (step === 'closed' && returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [step]);

  const cancel = () => {
    returnFocus.current = true;
    setTyped('');
    setStep('closed');
  };

  if (step === 'closed') {
    return (
      <button
        ref={triggerRef}
        type="button"
        class="button button--small button--danger"
        onClick={() => setStep('open')}
      >
        {trigger}
      </button>
    );
  }

  const ready = !typeToConfirm || typed.trim() === typeToConfirm;
  const confirm = () => {
    if (!ready || step === 'working') return;
    setStep('working');
    // On success the caller moves on (the thing is gone); on failure the user may retry.
    onConfirm().then(
      () => setStep('closed'),
      () => setStep('open'),
    );
  };
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && step !== 'working') cancel();
      }}
    >
      <legend class="confirm__title">{title}</legend>
      {children}
      {typeToConfirm && (
        <label class="confirm__typed">
          Type {typeToConfirm} to confirm
          <input
            class="confirm__input"
            value={typed}
            autoComplete="off"
            spellcheck={false}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') confirm();
            }}
          />
        </label>
      )}
      <div class="confirm__actions">
        <button
          ref={cancelRef}
          type="button"
          class="button button--small"
          onClick={cancel}
          disabled={step === 'working'}
        >
          Cancel
        </button>
        <button
          type="button"
          class="button button--small button--danger-strong"
          onClick={confirm}
          disabled={!ready || step === 'working'}
        >
          {step === 'working' ? 'Deleting…' : confirmLabel}
        </button>
      </div>
    </fieldset>
  );
}
