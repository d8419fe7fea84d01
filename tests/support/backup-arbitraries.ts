// fast-check generators of whole databases whose every record satisfies its zod schema and
// whose tables hold together (unique ids and keys, history that belongs to a contact), so a
// backup of them is valid. People come from a small set of fictional names, so two
// generated databases often share people: under the same id, or saved in each under its own.
import fc from 'fast-check';
import { BACKUP_TABLES, BackupData } from '../../lib/backup/format';
import type { MentorBoardDb } from '../../lib/db/database';
import { MAX, SITES } from '../../lib/schema/profile';
import { NEED_KINDS, OFFER_KINDS, ROLES, SOURCES, STAGES, TIMELINE_KINDS } from '../../lib/schema/records';

const SLUGS = ['ada-brook', 'rowan-alder', 'kit-moor', 'jo-park', 'wren-hall', 'odile-marsh', 'sam-fen', 'li-reed'];

/** Any text, lone surrogates and all (JSON escapes them; IndexedDB keeps them). */
const anyText = (maxLength = 12) => fc.string({ unit: 'binary', maxLength });
const words = (maxLength = 12) => fc.string({ unit: 'grapheme-ascii', maxLength });
const moment = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((date) =>
    // isoNow writes milliseconds; a file edited by hand may not have them.
    fc.constantFrom(date.toISOString(), date.toISOString().replace(/\.\d+Z$/, 'Z')),
  );
const day = moment.map((iso) => iso.slice(0, 10));
const list = <T>(item: fc.Arbitrary<T>, maxLength = 3) => fc.array(item, { maxLength });
/** A record where only the `required` fields are always present (the others may be absent, not undefined). */
const optional = (required: string[], model: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;

const snapshot = (key: string) =>
  fc
    .record({
      site: fc.constantFrom(...SITES),
      name: anyText(40).map((name) => name.slice(0, MAX.line)),
      headline: fc.option(words(60), { nil: undefined }),
      skills: list(words(20)),
      positions: list(
        optional(['current'], {
          title: words(20),
          company: words(20),
          current: fc.boolean(),
          start: fc.constantFrom('2019', '2020-03'),
        }),
        2,
      ),
      followers: fc.option(fc.nat(100_000), { nil: undefined }),
    })
    .map(({ headline, followers, ...rest }) => ({
      ...rest,
      url: key,
      canonicalUrl: key,
      ...(headline === undefined ? {} : { headline }),
      ...(followers === undefined ? {} : { followers }),
      education: [],
      languages: [],
      certifications: [],
      volunteering: [],
      publications: [],
      projects: [],
      featured: [],
      posts: [],
      links: [],
      provenance: { name: 'linkedin-2026' },
    }));

const contactFor = (id: string, slug: string, alias: string | undefined) =>
  optional(['site', 'name', 'role', 'stage', 'tags', 'notes', 'needIds', 'createdAt', 'updatedAt'], {
    site: fc.constantFrom(...SITES),
    name: anyText(30),
    headline: anyText(),
    role: fc.constantFrom(...ROLES),
    stage: fc.constantFrom(...STAGES),
    stageSetByUser: fc.boolean(),
    menteeNeeds: list(words()),
    source: fc.constantFrom(...SOURCES),
    introducedBy: words(),
    tags: list(words(8)),
    notes: anyText(40),
    needIds: list(fc.constantFrom('need-1', 'need-2')),
    corrections: fc.dictionary(fc.constantFrom('name', 'headline', 'skills'), fc.oneof(words(), list(words()))),
    keepInTouchDays: fc.integer({ min: 1, max: 3650 }),
    reapproachOn: moment,
    createdAt: moment,
    updatedAt: moment,
    lastTouchAt: moment,
  }).map((fields) => ({
    ...fields,
    id,
    profileKey: `https://www.linkedin.com/in/${slug}/`,
    url: `https://www.linkedin.com/in/${slug}/`,
    ...(alias ? { aliases: [alias] } : {}),
  }));

/** A whole database; `prefix` names its ids, so two databases share ids only when they share a prefix. */
export function databaseArb(prefix: fc.Arbitrary<string> = fc.constantFrom('a', 'b')): fc.Arbitrary<BackupData> {
  const raw = fc
    .tuple(prefix, fc.uniqueArray(fc.constantFrom(...SLUGS), { maxLength: 5 }), fc.boolean())
    .chain(([p, slugs, withAlias]) => {
      const ids = slugs.map((slug) => `${p}-${slug}`);
      // The first contact may be merged with a person this database has not saved apart,
      // whom another database may have: the backup then joins them.
      const aliasOf = (own: string[]) => {
        const other = SLUGS.find((slug) => !own.includes(slug));
        return withAlias && other ? `https://www.linkedin.com/in/${other}/` : undefined;
      };
      const owner = ids.length ? fc.constantFrom(...ids) : fc.constant('');
      const many = <T>(item: (i: number) => fc.Arbitrary<T>, max: number) =>
        ids.length
          ? fc.integer({ min: 0, max }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => item(i))))
          : fc.constant([]);
      return fc.record({
        contacts: fc.tuple(
          ...slugs.map((slug, i) => contactFor(ids[i] ?? '', slug, i === 0 ? aliasOf(slugs) : undefined)),
        ),
        snapshots: many(
          (i) =>
            fc.record({ contactId: owner, capturedAt: moment }).chain((r) =>
              snapshot(`https://www.linkedin.com/in/${slugs[ids.indexOf(r.contactId)]}/`).map((s) => ({
                ...r,
                id: `${p}-snap-${i}`,
                snapshot: s,
              })),
            ),
          4,
        ),
        needs: list(
          optional(['text', 'kind', 'keywords', 'priority', 'status', 'createdAt', 'updatedAt', 'history'], {
            text: anyText(),
            kind: fc.constantFrom(...NEED_KINDS),
            keywords: list(words()),
            priority: fc.integer({ min: 1, max: 3 }),
            status: fc.constantFrom('active' as const, 'retired' as const),
            createdAt: moment,
            updatedAt: moment,
            reviewedAt: moment,
            history: list(
              fc.record({
                at: moment,
                text: anyText(),
                kind: fc.constantFrom(...NEED_KINDS),
                priority: fc.integer({ min: 1, max: 3 }),
                status: fc.constantFrom('active' as const, 'retired' as const),
              }),
              2,
            ),
          }),
          2,
        ).map((needs) => needs.map((need, i) => ({ ...need, id: `need-${i + 1}` }))),
        offers: list(fc.record({ text: anyText(), kind: fc.constantFrom(...OFFER_KINDS), createdAt: moment }), 2).map(
          (offers) => offers.map((offer, i) => ({ ...offer, id: `${p}-offer-${i}` })),
        ),
        drafts: many(
          (i) =>
            optional(['contactId', 'kind', 'channel', 'text', 'status', 'createdAt', 'updatedAt'], {
              contactId: owner,
              connectorId: owner,
              kind: fc.constantFrom('cold', 'intro-request'),
              channel: fc.constantFrom('email', 'linkedin-note'),
              subject: anyText(),
              text: anyText(60),
              status: fc.constantFrom('draft' as const, 'sent' as const),
              createdAt: moment,
              updatedAt: moment,
              sentAt: moment,
            }).map((draft) => ({ ...draft, id: `${p}-draft-${i}` })),
          3,
        ),
        timeline: many(
          (i) =>
            optional(['contactId', 'kind', 'date'], {
              contactId: owner,
              kind: fc.constantFrom(...TIMELINE_KINDS),
              date: moment,
              note: anyText(),
              needId: fc.constant('need-1'),
            }).map((entry) => ({ ...entry, id: `${p}-entry-${i}` })),
          4,
        ),
        me: list(
          optional(['summary', 'schools', 'companies', 'places', 'languages', 'causes', 'communities', 'updatedAt'], {
            summary: anyText(),
            schools: list(words()),
            companies: list(words()),
            places: list(words()),
            languages: list(words()),
            causes: list(words()),
            communities: list(words()),
            profileUrl: words(),
            updatedAt: moment,
          }).map((me) => ({ ...me, id: 'me' as const })),
          1,
        ),
        connections: fc.uniqueArray(fc.constantFrom(...SLUGS), { maxLength: 3 }).chain((rows) =>
          fc.tuple(
            ...rows.map((slug) =>
              optional(['firstName', 'lastName', 'importedAt'], {
                firstName: words(),
                lastName: words(),
                email: words(),
                company: words(),
                position: words(),
                connectedOn: day,
                importedAt: moment,
              }).map((row) => ({
                ...row,
                id: `${p}-conn-${slug}`,
                key: `https://www.linkedin.com/in/${slug}/`,
                url: `https://www.linkedin.com/in/${slug}/`,
              })),
            ),
          ),
        ),
        settings: list(
          fc
            .record({
              reminderDays: fc.dictionary(
                fc.constantFrom('keepInTouch', 'followUp'),
                fc.integer({ min: 1, max: 3650 }),
              ),
              dailyNotification: fc.boolean(),
              firstRunDone: fc.boolean(),
              updatedAt: moment,
            })
            .map((settings) => ({ ...settings, id: 'settings' as const })),
          1,
        ),
        reminders: fc
          .uniqueArray(fc.constantFrom(...ids.map((id) => `${id}:keep-in-touch`), 'needs:review'), { maxLength: 3 })
          .chain((keys) =>
            fc.tuple(
              ...keys.map((id) => fc.record({ snoozedUntil: moment, updatedAt: moment }).map((r) => ({ ...r, id }))),
            ),
          ),
      });
    });
  // Checked by the schema itself: a generator that drifts from it fails loudly here.
  return raw.map((data) => BackupData.parse(data));
}

/** Writes `data` into `db` as it is (the state a test starts from). */
export async function fillDb(db: MentorBoardDb, data: BackupData): Promise<void> {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((table) => db.table(table)),
    async () => {
      for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(data[table]);
    },
  );
}

/** Each table in primary-key order, as an export lists it. */
export function sortedById(data: BackupData): BackupData {
  const byId = <T extends { id: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(
    BACKUP_TABLES.map((table) => [table, byId<{ id: string }>(data[table])]),
  ) as unknown as BackupData;
}
