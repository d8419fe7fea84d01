import type { HomeworkAnswer } from '../../lib/value/types';

/** The five questions to answer before asking anything (DOMAIN.md §3). */
export function Homework({ answers }: { answers: readonly HomeworkAnswer[] }) {
  return (
    <ol class="homework">
      {answers.map((answer) => (
        <li key={answer.question}>
          <p class="homework__question">{answer.question}</p>
          {answer.answer && <p>{answer.answer}</p>}
          {answer.found.length > 0 && (
            <ul class="evidence">
              {answer.found.slice(0, 5).map((item) => (
                <li key={`${item.field}-${item.text}`}>
                  <q>{item.text}</q>
                </li>
              ))}
            </ul>
          )}
          {answer.prompt && <p class="muted">{answer.prompt}</p>}
        </li>
      ))}
    </ol>
  );
}
