// Drafting the messages of the relationship: pick what to write and, for an introduction,
// who could introduce; edit a variant with the coach beside it; copy it, open it in email,
// save it, mark it sent. The extension never sends. Used on a person's page ("Draft a
// message") and under a reminder in the Due view, preset to the message the step calls for.
import { useMemo, useState } from 'preact/hooks';
import { DraftEditor } from '../../components/draft-editor/draft-editor';
import { possibleConnectors } from '../../lib/db/repositories/connections';
import { ensureContact } from '../../lib/db/repositories/contacts';
import { markDraftSent, saveDraft } from '../../lib/db/repositories/drafts';
import { coach, draftMessages } from '../../lib/draft';
import { type Channel, DRAFT_KINDS, type DraftContext, type DraftKind } from '../../lib/draft/types';
import type { ProfileChange } from '../../lib/ladder';
import { EMPTY_ME_PROFILE, type NeedFit } from '../../lib/match/types';
import { meProfileOf } from '../../lib/profile/me';
import type { ProfileSnapshot } from '../../lib/schema/profile';
import type { ValueIdea } from '../../lib/value/types';
import { describeSaveError } from './describe-save-error';
import { useLiveQuery } from './use-live-query';
import type { MyBoard } from './use-my-board';

const KIND_LABELS: Record<DraftKind, string> = {
  'intro-request': 'Ask a mutual contact for an introduction',
  'intro-blurb': 'Forwardable blurb for the introduction',
  cold: 'Cold message',
  'value-first': 'Give something first',
  'advice-request': 'Ask one piece of advice',
  'follow-up': 'Follow up once on my question',
  'follow-through': 'Report back on their advice',
  thanks: 'Thank the connector',
  'keep-in-touch': 'Keep in touch',
};
const NEEDS_CONNECTOR: readonly DraftKind[] = ['intro-request', 'intro-blurb', 'thanks'];

export interface ComposerProps {
  snapshot: ProfileSnapshot;
  extracted: ProfileSnapshot;
  board: MyBoard;
  fits: readonly NeedFit[];
  /** What I could give first: the value-first message delivers the first of these. */
  ideas: readonly ValueIdea[];
  /** What changed on their profile since my last visit: part of "why now". */
  changes: readonly ProfileChange[];
  /** The message to start with (a reminder's); an introduction request otherwise. */
  initialKind?: DraftKind;
  /** The saved contact the draft belongs to; otherwise the person on the page, saved on first use. */
  contactId?: string;
  /** Who introduced the user, when known (a thank-you names them). */
  initialConnector?: { name: string; contactId?: string };
  /** For the report back: the advice and what the user did with it, as they logged them. */
  advice?: DraftContext['advice'];
  /** The sample person: drafts are written and coached, never stored. */
  sample?: boolean;
}

/** Why "Save draft" and "Mark sent" store nothing on the sample person. */
export const SAMPLE_DRAFT_NOTE =
  'The sample person is not saved, so neither is this draft. On a real person it is kept with them. Copy works here too.';

export function DraftComposer({
  snapshot,
  extracted,
  board,
  fits,
  ideas,
  changes,
  initialKind = 'intro-request',
  contactId,
  initialConnector,
  advice,
  sample,
}: ComposerProps) {
  const [kind, setKind] = useState<DraftKind>(initialKind);
  const [channel, setChannel] = useState<Channel>('linkedin-message');
  const [needId, setNeedId] = useState(fits[0]?.needId ?? board.needs[0]?.id ?? '');
  const [connector, setConnector] = useState(initialConnector);
  const [variant, setVariant] = useState(0);
  const [edited, setEdited] = useState<{ subject?: string; body: string }>();
  const [draftId, setDraftId] = useState<string>();
  const [status, setStatus] = useState('');
  const connectors = useLiveQuery(() => possibleConnectors(snapshot), [snapshot.canonicalUrl]);

  const need = board.needs.find((n) => n.id === needId);
  const drafts = useMemo(
    () =>
      draftMessages({
        kind,
        channel,
        me: meProfileOf(board.me) ?? EMPTY_ME_PROFILE,
        person: snapshot,
        need: need ? { text: need.text, fit: fits.find((f) => f.needId === need.id) } : undefined,
        connector: connector ? { name: connector.name } : undefined,
        idea: ideas[0],
        changes: [...changes],
        offers: board.offers.map((offer) => offer.text),
        advice,
      }),
    [kind, channel, needId, connector, snapshot, board, ideas, changes, advice],
  );
  const chosen = drafts[Math.min(variant, drafts.length - 1)];
  const body = edited?.body ?? chosen?.body ?? '';
  const subject = edited?.subject ?? chosen?.subject;
  const findings = useMemo(() => coach(body, kind, channel, subject), [body, kind, channel, subject]);
  const restart = () => {
    setEdited(undefined);
    setDraftId(undefined);
    setStatus('');
  };

  const store = async () => {
    if (sample) throw new Error(SAMPLE_DRAFT_NOTE);
    const owner = contactId ?? (await ensureContact(extracted)).id;
    const saved = await saveDraft({
      id: draftId,
      contactId: owner,
      connectorId: connector?.contactId,
      kind,
      channel,
      subject,
      text: body,
    });
    setDraftId(saved.id);
    return saved;
  };
  const act = (work: () => Promise<string>) =>
    work().then(setStatus, (error: unknown) => setStatus(describeSaveError(error)));

  return (
    <div class="drafts form">
      <label>
        What to write
        <select
          value={kind}
          onChange={(e) => {
            setKind(e.currentTarget.value as DraftKind);
            restart();
          }}
        >
          {DRAFT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {board.needs.length > 0 && (
        <label>
          About my need
          <select
            value={needId}
            onChange={(e) => {
              setNeedId(e.currentTarget.value);
              restart();
            }}
          >
            {board.needs.map((n) => (
              <option key={n.id} value={n.id}>
                {n.text}
              </option>
            ))}
          </select>
        </label>
      )}
      {NEEDS_CONNECTOR.includes(kind) && (
        <fieldset class="connectors">
          <legend>Who could introduce you</legend>
          {!connectors?.length && (
            <p class="muted">
              No one you know is linked to this person yet. Import your LinkedIn connections under “Me”, or save the
              mutual connections named on their page.
            </p>
          )}
          {connectors?.slice(0, 6).map((c) => (
            <label key={`${c.name}-${c.contactId ?? c.connectionId ?? ''}`} class="checkbox">
              <input
                type="radio"
                name="connector"
                checked={connector?.name === c.name}
                onChange={() => {
                  setConnector({ name: c.name, contactId: c.contactId });
                  restart();
                }}
              />
              <span>
                <strong>{c.name}</strong> <span class="muted">{c.reason}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {drafts.length > 1 && (
        <fieldset class="variants">
          <legend class="visually-hidden">Variants</legend>
          {drafts.map((d, i) => (
            <button
              key={d.variant}
              type="button"
              class="chip"
              aria-pressed={i === variant}
              onClick={() => {
                setVariant(i);
                restart();
              }}
            >
              {d.variant}
            </button>
          ))}
        </fieldset>
      )}
      <DraftEditor
        channel={channel}
        subject={subject}
        body={body}
        findings={findings}
        onChannel={(c) => {
          setChannel(c);
          restart();
        }}
        onSubject={(s) => setEdited({ body, subject: s })}
        onBody={(b) => setEdited({ subject, body: b })}
      />
      <div class="form__actions draft-actions">
        <button
          type="button"
          class="button button--small"
          onClick={() =>
            act(() =>
              navigator.clipboard.writeText(body).then(
                () => 'Copied. Paste it where you send it.',
                () => 'Could not copy here: select the message and copy it with Ctrl+C.',
              ),
            )
          }
        >
          Copy
        </button>
        {channel === 'email' && (
          <a
            class="button button--small"
            href={`mailto:?subject=${encodeURIComponent(subject ?? '')}&body=${encodeURIComponent(body)}`}
          >
            Open in email
          </a>
        )}
        <button
          type="button"
          class="button button--small"
          onClick={() =>
            act(async () => {
              await store();
              return 'Draft saved with the contact.';
            })
          }
        >
          Save draft
        </button>
        <button
          type="button"
          class="button button--primary button--small"
          onClick={() =>
            act(async () => {
              const saved = await store();
              await markDraftSent(saved.id);
              return 'Marked as sent: the step is on their timeline.';
            })
          }
        >
          Mark sent
        </button>
      </div>
      {status && (
        <p role="status" class="muted">
          {status}
        </p>
      )}
    </div>
  );
}
