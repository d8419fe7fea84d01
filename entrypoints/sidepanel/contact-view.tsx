// One contact: the next step, the balance, "why now", the relationship's fields, its
// timeline, merging with the same person saved from another site, and deleting them.
import { useEffect, useRef } from 'preact/hooks';
import { BalanceBar } from '../../components/contact-view/balance-bar';
import { DeleteContact } from '../../components/contact-view/delete-contact';
import { RelationshipFields } from '../../components/contact-view/relationship-fields';
import { SavedDrafts } from '../../components/contact-view/saved-drafts';
import { Timeline } from '../../components/contact-view/timeline';
import { safeHref } from '../../components/profile-details/format';
import { Section } from '../../components/profile-details/section';
import { WhyNow } from '../../components/why-now/why-now';
import { getContact, listContacts, listSnapshots, updateContact } from '../../lib/db/repositories/contacts';
import { deleteContact } from '../../lib/db/repositories/deletion';
import { listDrafts, markDraftSent, saveDraft } from '../../lib/db/repositories/drafts';
import { listActiveNeeds } from '../../lib/db/repositories/needs';
import { logNotNow } from '../../lib/db/repositories/reminders';
import { addTimelineEntry, listTimeline, removeTimelineEntry } from '../../lib/db/repositories/timeline';
import { balanceOf, DEFAULT_RHYTHMS, detectChanges, nextStep } from '../../lib/ladder';
import { MergePicker } from './merge-picker';
import { useLiveQuery } from './use-live-query';
import { useProblem } from './use-problem';
import { useRhythms } from './use-rhythms';

export function ContactView({ id, onBack }: { id: string; onBack: () => void }) {
  // Errors are caught in one place and shown in words (use-problem.ts).
  const [problem, run] = useProblem();
  const heading = useRef<HTMLHeadingElement>(null);
  const rhythms = useRhythms() ?? DEFAULT_RHYTHMS;
  const data = useLiveQuery(async () => {
    const [contact, entries, snapshots, needs, everyone, drafts] = await Promise.all([
      getContact(id),
      listTimeline(id),
      listSnapshots(id),
      listActiveNeeds(),
      listContacts(),
      listDrafts(id),
    ]);
    return { contact, entries, snapshots, needs, drafts, others: everyone.filter((c) => c.id !== id) };
  }, [id]);
  const shownId = data?.contact?.id;
  // Opening a contact replaces the button that opened it: focus goes to the contact's
  // name, so a keyboard or screen-reader user lands where the new content starts.
  useEffect(() => {
    if (shownId) heading.current?.focus();
  }, [shownId]);
  if (!data) return <p class="muted">Loading…</p>;
  const { contact, entries, snapshots, needs, drafts, others } = data;
  if (!contact) {
    return (
      <div class="empty-state">
        <p>This contact no longer exists (it may have been merged into another).</p>
        <button type="button" class="button button--small" onClick={onBack}>
          Back to people
        </button>
      </div>
    );
  }
  const now = new Date();
  const step = nextStep(contact, entries, now, rhythms);
  const [previous, latest] = snapshots.slice(-2).length === 2 ? snapshots.slice(-2) : [undefined, undefined];
  const changes = previous && latest ? detectChanges(previous.snapshot, latest.snapshot) : [];
  const href = safeHref(contact.url);

  return (
    <div class="contact-view">
      <button type="button" class="link-button contact-view__back" onClick={onBack}>
        ← People
      </button>
      <header>
        <h2 ref={heading} class="contact-view__name" tabIndex={-1}>
          {contact.name}
        </h2>
        {contact.headline && <p>{contact.headline}</p>}
        {href && (
          <a href={href} target="_blank" rel="noreferrer noopener" class="muted">
            Open their profile
          </a>
        )}
      </header>
      {problem && (
        <p class="form__problem" role="alert">
          {problem}
        </p>
      )}
      {step && (
        <div class={`next-step${step.overdue ? ' next-step--overdue' : ''}`} role="status">
          <strong>Next: {step.title}</strong>
          <span class="muted">{step.detail}</span>
        </div>
      )}
      <WhyNow changes={changes} heading="Why now" />
      <BalanceBar balance={balanceOf(entries)} />
      <Section title="Timeline" open>
        <Timeline
          entries={entries}
          now={now}
          onAdd={(kind, note) => run(addTimelineEntry({ contactId: id, kind, note }))}
          onNotNow={(day, note) => run(logNotNow(id, day, note))}
          onRemove={(entryId) => run(removeTimelineEntry(entryId))}
        />
      </Section>
      <Section title={`Drafts (${drafts.length})`}>
        <SavedDrafts
          drafts={drafts}
          onSave={(draftId, text) => {
            const draft = drafts.find((d) => d.id === draftId);
            if (draft) run(saveDraft({ ...draft, text }));
          }}
          onMarkSent={(draftId) => run(markDraftSent(draftId))}
        />
      </Section>
      <Section title="The relationship" open>
        <RelationshipFields
          key={contact.id}
          contact={contact}
          needs={needs}
          keepInTouchDefault={rhythms.keepInTouch}
          onEdit={(edit) => run(updateContact(id, edit))}
        />
      </Section>
      <Section title="Same person saved twice?">
        <MergePicker contact={contact} others={others} onMerged={() => undefined} />
      </Section>
      <div class="contact-view__delete">
        <DeleteContact
          name={contact.name}
          drafts={drafts.length}
          timeline={entries.length}
          snapshots={snapshots.length}
          onDelete={() => run(deleteContact(id)).then(onBack)}
        />
      </div>
    </div>
  );
}
