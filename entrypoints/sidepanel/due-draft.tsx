// The drafted next message under a reminder (issue #9: "one click away"): the composer of
// "Draft a message", preset to the message the step calls for, built from the person's
// latest saved profile. Marking it sent logs the step, which restarts their clock.
import { useMemo } from 'preact/hooks';
import { getContact, listContacts, listSnapshots } from '../../lib/db/repositories/contacts';
import { listDrafts, listDraftsThrough } from '../../lib/db/repositories/drafts';
import { listTimeline } from '../../lib/db/repositories/timeline';
import { adviceFromTimeline, DRAFT_FOR_STEP } from '../../lib/draft';
import { type DueItem, detectChanges } from '../../lib/ladder';
import { fitNeeds } from '../../lib/match';
import { applyCorrections, type Corrections } from '../../lib/profile/corrections';
import { meProfileOf, needInputOf } from '../../lib/profile/me';
import type { Contact, Draft } from '../../lib/schema/records';
import { valueIdeas } from '../../lib/value/ideas';
import { DraftComposer } from './draft-composer';
import { useLiveQuery } from './use-live-query';
import { type MyBoard, useMyBoard } from './use-my-board';

const sameName = (a: string | undefined, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();
/** Introduction requests (the thank-you itself also names its connector), sent ones first, then the newest. */
const introRequests = (drafts: Draft[]) =>
  drafts
    .filter((d) => d.connectorId && d.kind.startsWith('intro-'))
    .sort((a, b) => Number(b.status === 'sent') - Number(a.status === 'sent'));

/**
 * The person a connector introduced the user to: the one the user asked them to introduce
 * (an introduction request drafted through them), else whoever names them under
 * "Introduced by".
 */
async function introducedBy(connector: Contact) {
  const [asked] = introRequests(await listDraftsThrough(connector.id));
  const introduced = asked
    ? await getContact(asked.contactId)
    : (await listContacts()).find((c) => sameName(c.introducedBy, connector.name));
  return introduced ? (await listSnapshots(introduced.id)).at(-1)?.snapshot : undefined;
}

/** Who introduced `contact`: "Introduced by", else the connector of a request drafted for them. */
async function connectorOf(contact: Contact): Promise<{ name: string; contactId?: string } | undefined> {
  if (contact.introducedBy?.trim()) return { name: contact.introducedBy };
  const [asked] = introRequests(await listDrafts(contact.id));
  const connector = asked?.connectorId ? await getContact(asked.connectorId) : undefined;
  return connector && { name: connector.name, contactId: connector.id };
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
      : await connectorOf(contact);
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
