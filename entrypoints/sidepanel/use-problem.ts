import { useState } from 'preact/hooks';
import { describeSaveErrorWithSpace } from './describe-save-error';

/**
 * A view's one place for errors: `run(work)` clears the last problem, and if the work fails
 * shows it in words (with the space used, for a full disk). The promise is handed back,
 * still failing, so a form can keep what was typed and a confirmation can stay open.
 */
export function useProblem(): [problem: string, run: (work: Promise<unknown>) => Promise<unknown>] {
  const [problem, setProblem] = useState('');
  const run = (work: Promise<unknown>): Promise<unknown> => {
    setProblem('');
    const done = work.catch(async (error: unknown) => {
      setProblem(await describeSaveErrorWithSpace(error));
      throw error;
    });
    done.catch(() => undefined); // shown in the view; callers that do not wait need no handler
    return done;
  };
  return [problem, run];
}
