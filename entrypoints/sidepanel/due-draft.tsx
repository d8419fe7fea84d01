// The drafted next message under a reminder (issue #9: "one click away"): the composer of
// "Draft a message", preset to the message the step calls for, built from the person's
// latest saved profile. Marking it sent logs the step, which restarts their clock.
import { useMemo } from 'preact/hooks';
import { getContact, listSnapshots } from '../../lib/db/repositories/contacts';
import { findConnector, findIntroduced } from '../../lib/db/repositories/introductions';
import { listTimeline } from '../../lib/db/repositories/timeline';
import { adviceFromTimeline, DRAFT_FOR_STEP } from '../../lib/draft';
import { type DueItem, detectChanges } from '../../lib/ladder';
import { fitNeeds } from '../../lib/match';
import { applyCorrections, type Corrections } from '../../lib/profile/corrections';
import { meProfileOf, needInputOf } from '../../lib/profile/me';
import type { Contact } from '../../lib/schema/records';
import { valueIdeas } from '../../lib/value/ideas';
import { DraftComposer } from './draft-composer';
import { useLiveQuery } from './use-live-query';
import { type MyBoard, useMyBoard } from './use-my-board';

/** The latest saved profile of whoever the connector introduced the user to. */
async function introducedBy(connector: Contact) {
  const introduced = await findIntroduced(connector);
  return introduced ? (await listSnapshots(introduced.id)).at(-1)?.snapshot : undefined;
}

async function load(contactId: string, item: DueItem) {
  const [contact, snapshots, entries] = await Promise.all([
    getContact(contactId),
    listSnapshots(contactId),
    listTimeline(contactId),
  ]);
  const isConnector = item.kind === 'thank-connector' && contact?.role === 'connector';
  const introduced = contact && isConnector ? await introducedBy(contact) : undefined;
  const connector = !contact
    ? undefined
    : isConnector
      ? { name: contact.name, contactId: contact.id }
      : await findConnector(contact);
  return { contact, snapshots, entries, isConnector, introduced, connector };
}

export function DueDraft({ item }: { item: DueItem }) {
  const board = useMyBoard();
  const contactId = item.contactId ?? '';
  const data = useLiveQuery(() => load(contactId, item), [item.id]);
  if (!data || !board) return <p class="muted">Drafting…</p>;
  const { contact, snapshots } = data;
  const latest = snapshots.at(-1);
  if (!contact || !latest) {
    return <p class="muted">No saved profile to draft from: open their profile page and draft from there.</p>;
  }
  return <Composer item={item} board={board} contact={contact} data={data} />;
}

function Composer({
  item,
  board,
  contact,
  data,
}: {
  item: DueItem;
  board: MyBoard;
  contact: Contact;
  data: Awaited<ReturnType<typeof load>>;
}) {
  const { snapshots, entries, isConnector, introduced, connector } = data;
  const [previous, latest] = snapshots.length > 1 ? snapshots.slice(-2) : [undefined, snapshots[0]];
  const extracted = latest?.snapshot;
  const shown = useMemo(
    () => extracted && applyCorrections(extracted, contact.corrections as Corrections | undefined),
    [extracted, contact.corrections],
  );
  const me = meProfileOf(board.me);
  const fits = useMemo(() => (shown ? fitNeeds(shown, board.needs.map(needInputOf), me) : []), [shown, board]);
  const ideas = useMemo(() => (shown ? valueIdeas(shown, { offers: board.offers, me }) : []), [shown, board]);
  const changes = useMemo(
    () => (previous && latest ? detectChanges(previous.snapshot, latest.snapshot) : []),
    [previous, latest],
  );
  const advice = useMemo(() => adviceFromTimeline(entries), [entries]);
  if (!shown || !extracted) return null;
  // A connector is thanked for an introduction to someone else: the draft is about that
  // person (a placeholder when nothing stored links them to the connector) and is kept
  // with the connector, whose timeline the thank-you goes on.
  const person = isConnector ? (introduced ?? { ...shown, name: '[[name]]' }) : shown;
  return (
    <DraftComposer
      snapshot={person}
      extracted={extracted}
      board={board}
      fits={fits}
      ideas={ideas}
      changes={changes}
      initialKind={DRAFT_FOR_STEP[item.kind]}
      contactId={contact.id}
      initialConnector={connector}
      advice={advice}
    />
  );
}
