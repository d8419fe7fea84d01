// The first-run set-up (about me, my first needs, what I offer), wired to the database.
// Everything is stored as it is typed, and where the set-up stands too, so closing the
// panel loses nothing and the set-up resumes where it was left.
import { useEffect, useRef, useState } from 'preact/hooks';
import { AboutMeStep } from '../../../components/first-run/about-me-step';
import { FirstRunDone } from '../../../components/first-run/first-run-done';
import { NeedsStep } from '../../../components/first-run/needs-step';
import { StepFrame } from '../../../components/first-run/step-frame';
import type { MeValue } from '../../../components/me-form/me-form';
import { OffersEditor } from '../../../components/offers-editor/offers-editor';
import { watchQuery } from '../../../lib/db/live';
import { finishFirstRun, saveFirstRunProgress } from '../../../lib/db/repositories/first-run';
import { addOffer, EMPTY_ME, removeOffer, saveMe } from '../../../lib/db/repositories/me';
import { addNeed, retireNeed } from '../../../lib/db/repositories/needs';
import { getSettings } from '../../../lib/db/repositories/settings';
import { meFromSnapshot } from '../../../lib/profile/me';
import type { FirstRunProgress } from '../../../lib/schema/records';
import { offerSuggestions } from '../../../lib/value/offer-suggestions';
import { describeSaveError } from '../describe-save-error';
import { useMyBoard } from '../use-my-board';
import type { PageState } from '../use-page-profile';

/** How the set-up ends: on the sample person, or on the panel's views. */
export type FirstRunExit = 'sample' | 'start';

interface Props {
  /** Where a set-up left earlier resumes. */
  progress: FirstRunProgress;
  page: PageState;
  onExit: (next: FirstRunExit) => void;
}

export function FirstRun({ progress: resumed, page, onExit }: Props) {
  const board = useMyBoard();
  const [progress, setProgress] = useState(resumed);
  // The latest progress, for handlers that run before the next render (typing is fast).
  const latest = useRef(resumed);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  // Who I am as last typed (and saved): what Back shows, without waiting for the stored
  // row to come back through the live query.
  const [meTyped, setMeTyped] = useState<MeValue>();
  // Set-up finished or skipped in another panel (another window, or Firefox's sidebar
  // beside a tab): this one goes to the views too, keeping a need or offer typed here.
  // Its own end is told apart by `ending`.
  const ending = useRef(false);
  const leave = useRef(() => onExit('start'));
  useEffect(
    () =>
      watchQuery(
        async () => (await getSettings()).firstRunDone === true,
        (ended) => {
          if (!ended || ending.current) return;
          ending.current = true;
          leave.current();
        },
        () => undefined,
      ),
    [],
  );
  if (!board) return <p class="muted">Loading…</p>;

  const fail = (error: unknown) => setProblem(describeSaveError(error));
  const remember = (edit: Partial<FirstRunProgress>) => {
    const next = { ...latest.current, ...edit };
    latest.current = next;
    setProgress(next);
    saveFirstRunProgress(next).catch(fail);
  };
  // Errors are shown once, here; the promise goes back so a form keeps what was typed.
  const run = (work: Promise<unknown>): Promise<unknown> => {
    setProblem('');
    const result = work.catch((error: unknown) => {
      fail(error);
      throw error;
    });
    result.catch(() => undefined);
    return result;
  };
  // A need or offer typed but not added yet is added when the user moves on, so Next,
  // Back and Skip never drop it.
  const addPending = async () => {
    const { need, offer } = latest.current;
    if (need?.text.trim()) await addNeed(need);
    if (offer?.text.trim()) await addOffer(offer.text, offer.kind);
    if (need || offer) remember({ need: undefined, offer: undefined });
  };
  // The form's text is being added: it is no longer pending (so moving on meanwhile cannot
  // add it twice), unless the add fails, when it is kept again.
  const keepUntilStored = (field: 'need' | 'offer', work: Promise<unknown>) => {
    const pending = latest.current[field];
    remember({ [field]: undefined });
    work.catch(() => remember({ [field]: pending }));
    return work;
  };
  const move = async (then: () => Promise<void> | void) => {
    setBusy(true);
    setProblem('');
    try {
      await addPending();
      await then();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const goTo = (step: number) => move(() => remember({ step }));
  const finish = () =>
    move(async () => {
      ending.current = true;
      await finishFirstRun();
      setDone(true);
    });
  const skip = () =>
    move(async () => {
      ending.current = true;
      await finishFirstRun();
      onExit('start');
    });
  leave.current = () => move(async () => onExit('start'));

  if (done) {
    return (
      <FirstRunDone
        needs={board.needs.length}
        offers={board.offers.length}
        onSample={() => onExit('sample')}
        onStart={() => onExit('start')}
      />
    );
  }
  const snapshot = page.kind === 'ready' && page.reply.status === 'profile' ? page.reply.snapshot : undefined;
  const { step } = progress;
  const frame = { step, busy, onSkip: skip, onBack: step > 0 ? () => goTo(step - 1) : undefined };
  return (
    <>
      {problem && (
        <p class="form__problem" role="alert">
          {problem}
        </p>
      )}
      {step === 0 && (
        <StepFrame
          {...frame}
          heading="About you"
          intro={
            <p>
              A line about you makes your drafts sound like you, and a school or company you share with someone shows on
              their page. It all stays on this computer.
            </p>
          }
          nextLabel="Next"
          onNext={() => goTo(1)}
        >
          <AboutMeStep
            value={meTyped ?? board.me ?? EMPTY_ME}
            fromPage={snapshot ? () => meFromSnapshot(snapshot) : undefined}
            onChange={(value) => {
              setMeTyped(value);
              void run(saveMe(value));
            }}
          />
        </StepFrame>
      )}
      {step === 1 && (
        <StepFrame
          {...frame}
          heading="What do you want to learn?"
          intro={
            <p>
              Write one to three specific things you want to learn or achieve. On each profile you open, Mentor Board
              then shows whether that person could help with them, and why.
            </p>
          }
          nextLabel="Next"
          onNext={() => goTo(2)}
        >
          <NeedsStep
            needs={board.needs}
            start={progress.need}
            onDraft={(need) => remember({ need })}
            onAdd={(value) => keepUntilStored('need', run(addNeed(value)))}
            onRemove={(id) => void run(retireNeed(id))}
          />
        </StepFrame>
      )}
      {step === 2 && (
        <StepFrame
          {...frame}
          heading="What could you offer?"
          intro={
            <p>
              Mentoring works both ways: people help those who help them. A gift need not be big, and you know more than
              you think. Mentor Board suggests first gifts for each person from these.
            </p>
          }
          nextLabel="Finish"
          onNext={finish}
        >
          <OffersEditor
            offers={board.offers}
            suggestions={offerSuggestions(
              board.me,
              board.offers.map((offer) => offer.text),
            )}
            start={progress.offer}
            onDraft={(offer) => remember({ offer })}
            onAdd={(text, kind) =>
              latest.current.offer?.text.trim() === text
                ? keepUntilStored('offer', run(addOffer(text, kind)))
                : run(addOffer(text, kind))
            }
            onRemove={(id) => void run(removeOffer(id))}
          />
        </StepFrame>
      )}
    </>
  );
}
