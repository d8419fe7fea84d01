import { DIMENSIONS, type NeedFit } from '../../lib/match/types';
import { DIMENSION_LABELS, FIT_LABELS } from './labels';

interface Props {
  fits: readonly NeedFit[];
  needText: (needId: string) => string;
}

/** My needs, best served first; each opens onto its dimensions and their evidence. */
export function FitList({ fits, needText }: Props) {
  return (
    <ul class="fit-list" aria-label="Fit to my needs">
      {fits.map((fit) => (
        <li key={fit.needId} class={`fit fit--${fit.label}`}>
          <details>
            <summary>
              <span class={`badge badge--${fit.label}`}>{FIT_LABELS[fit.label]}</span>
              <span class="fit__need">{needText(fit.needId)}</span>
              <span class="fit__score" title="Fit score out of 100">
                {Math.round(fit.score)}
              </span>
            </summary>
            <div class="dimensions">
              {DIMENSIONS.map((id) => {
                const dimension = fit.dimensions[id];
                return (
                  // A named group, not a labelled <section>: four landmarks per need, named
                  // alike for every need, would crowd the list of landmarks. Not a form, so
                  // not a <fieldset>.
                  // biome-ignore lint/a11y/useSemanticElements: see above
                  <div key={id} class="dimension" role="group" aria-label={DIMENSION_LABELS[id]}>
                    <h3>
                      {DIMENSION_LABELS[id]}
                      <meter min={0} max={1} value={dimension.score} aria-label={`${DIMENSION_LABELS[id]} strength`} />
                    </h3>
                    <p class="dimension__summary">{dimension.summary}</p>
                    {dimension.evidence.length > 0 && (
                      <ul class="evidence">
                        {dimension.evidence.slice(0, 4).map((item) => (
                          <li key={`${item.field}-${item.text}`}>
                            <q>{item.text}</q> <span class="evidence__field">{item.field}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
