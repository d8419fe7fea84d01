// "Who could help with this need?": every saved contact ranked for one need.
import { useEffect, useRef } from 'preact/hooks';
import { FIT_LABELS } from '../../components/fit-list/labels';
import { listContactsWithLatestSnapshot } from '../../lib/db/repositories/contacts';
import { analyzeProfile, type ProfileAnalysis, rankContacts } from '../../lib/match';
import { applyCorrections, type Corrections } from '../../lib/profile/corrections';
import { meProfileOf, needInputOf } from '../../lib/profile/me';
import type { Me, Need } from '../../lib/schema/records';
import { useLiveQuery } from './use-live-query';

/**
 * Analyses are the costly part: made once per snapshot and state of the contact (their
 * corrections change what is analysed). Bounded, oldest dropped first.
 */
const analyses = new Map<string, ProfileAnalysis>();
const MAX_ANALYSES = 20_000;

export function WhoCouldHelp({ need, me, onClose }: { need: Need; me?: Me; onClose: () => void }) {
  // Like a dialog: focus moves to the ranking when it opens, and back to the button that
  // opened it when it closes (the ranking appears away from that button).
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const close = () => {
    onClose();
    opener.current?.focus();
  };
  const ranked = useLiveQuery(async () => {
    const rows = await listContactsWithLatestSnapshot();
    const names = new Map(rows.map((row) => [row.contact.id, row.contact.name]));
    const candidates = rows.map(({ contact, snapshot }) => {
      const key = `${snapshot.id}:${contact.updatedAt}`;
      let analysis = analyses.get(key);
      if (!analysis) {
        const shown = applyCorrections(snapshot.snapshot, contact.corrections as Corrections | undefined);
        analysis = analyzeProfile(shown, new Date());
        if (analyses.size >= MAX_ANALYSES) analyses.delete(analyses.keys().next().value ?? '');
        analyses.set(key, analysis);
      }
      return { id: contact.id, analysis };
    });
    return rankContacts(needInputOf(need), candidates, meProfileOf(me)).map((row) => ({
      ...row,
      name: names.get(row.id) ?? '',
    }));
  }, [need.id, need.updatedAt, me?.updatedAt]);

  return (
    <section class="who-could-help" aria-label={`Who could help with: ${need.text}`}>
      <div class="who-could-help__head">
        <h2 ref={heading} tabIndex={-1}>
          Who could help with “{need.text}”?
        </h2>
        <button type="button" class="link-button" onClick={close}>
          Close
        </button>
      </div>
      {!ranked && <p class="muted">Ranking your contacts…</p>}
      {ranked?.length === 0 && (
        <p class="muted">No one saved yet. Save people from their profiles; they are ranked here for each need.</p>
      )}
      <ol class="ranked">
        {ranked?.slice(0, 10).map((row) => (
          <li key={row.id}>
            <span class="ranked__name">{row.name}</span>{' '}
            <span class={`badge badge--${row.fit.label}`}>{FIT_LABELS[row.fit.label]}</span>
            {row.fit.evidence[0] && (
              <span class="muted">
                {' '}
                <q>{row.fit.evidence[0].text}</q>
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
