// Me: who I am, my needs (with history and review), what I can offer.
import { useState } from 'preact/hooks';
import { MeForm } from '../../components/me-form/me-form';
import { NeedsEditor } from '../../components/needs-editor/needs-editor';
import { OffersEditor } from '../../components/offers-editor/offers-editor';
import { Section } from '../../components/profile-details/section';
import { addOffer, EMPTY_ME, removeOffer, saveMe } from '../../lib/db/repositories/me';
import { addNeed, markNeedsReviewed, retireNeed, updateNeed } from '../../lib/db/repositories/needs';
import { meFromSnapshot, needsReviewDueDays } from '../../lib/profile/me';
import { BackupWiring } from './backup-section';
import { ImportConnections } from './import-connections';
import { MyDataSection } from './my-data-section';
import { ReminderSettingsSection } from './reminder-settings-section';
import { useMyBoard } from './use-my-board';
import type { PageState } from './use-page-profile';
import { useProblem } from './use-problem';
import { useRhythms } from './use-rhythms';
import { WhoCouldHelp } from './who-could-help';

export function MeView({ page }: { page: PageState }) {
  const board = useMyBoard();
  const rhythms = useRhythms();
  const [helpFor, setHelpFor] = useState<string>();
  // Errors are caught in one place and shown in words (use-problem.ts).
  const [problem, run] = useProblem();
  if (!board) return <p class="muted">Loading…</p>;

  const pageSnapshot = page.kind === 'ready' && page.reply.status === 'profile' ? page.reply.snapshot : undefined;
  const helpNeed = board.needs.find((n) => n.id === helpFor);

  return (
    <div class="me-view">
      {problem && (
        <p class="form__problem" role="alert">
          {problem}
        </p>
      )}
      <Section title="My needs" open>
        <NeedsEditor
          needs={board.needs}
          reviewDueDays={needsReviewDueDays(board.needs, new Date(), rhythms?.reviewNeeds)}
          onAdd={(value) => run(addNeed(value))}
          onUpdate={(id, value) => run(updateNeed(id, value))}
          onRetire={(id) => run(retireNeed(id))}
          onReviewed={() => run(markNeedsReviewed())}
          onWhoCouldHelp={setHelpFor}
        />
        {helpNeed && (
          <WhoCouldHelp key={helpNeed.id} need={helpNeed} me={board.me} onClose={() => setHelpFor(undefined)} />
        )}
      </Section>
      <Section title="What I can offer" open>
        <OffersEditor
          offers={board.offers}
          onAdd={(text, kind) => run(addOffer(text, kind))}
          onRemove={(id) => run(removeOffer(id))}
        />
      </Section>
      <Section title="My LinkedIn connections">
        <ImportConnections />
      </Section>
      <Section title="Who I am" open={!board.me}>
        <MeForm
          key={board.me?.updatedAt ?? 'new'}
          value={board.me ?? EMPTY_ME}
          fromPage={pageSnapshot ? () => meFromSnapshot(pageSnapshot) : undefined}
          onSave={(value) => run(saveMe(value))}
        />
      </Section>
      <Section title="Reminders">
        <ReminderSettingsSection />
      </Section>
      <Section title="Backup">
        <BackupWiring />
      </Section>
      <Section title="My data">
        <MyDataSection />
      </Section>
    </div>
  );
}
