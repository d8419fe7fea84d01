import { useId, useRef } from 'preact/hooks';
import { CHANNEL_LIMITS, type Channel, type Finding, PLACEHOLDER } from '../../lib/draft/types';
import { HighlightedText } from './highlighted-text';

const CHANNEL_LABELS: Record<Channel, string> = {
  'linkedin-note': 'LinkedIn connection note (300)',
  'linkedin-note-free': 'LinkedIn note, free account (200)',
  'linkedin-message': 'LinkedIn message',
  email: 'Email',
};

interface Props {
  channel: Channel;
  subject?: string;
  body: string;
  findings: readonly Finding[];
  onChannel: (channel: Channel) => void;
  onSubject: (subject: string) => void;
  onBody: (body: string) => void;
}

/** A draft the user edits: channel, live count against its limit, placeholders, the coach. */
export function DraftEditor({ channel, subject, body, findings, onChannel, onSubject, onBody }: Props) {
  const mirror = useRef<HTMLDivElement>(null);
  // Several editors can be open at once (one under each reminder in the Due view).
  const bodyId = useId();
  const limit = CHANNEL_LIMITS[channel];
  const count = [...body].length;
  const open = [...body.matchAll(new RegExp(PLACEHOLDER.source, 'g'))].length;
  return (
    <div class="draft-editor">
      <label>
        Channel
        <select
          class="draft-editor__field"
          value={channel}
          onChange={(e) => onChannel(e.currentTarget.value as Channel)}
        >
          {(Object.keys(CHANNEL_LABELS) as Channel[]).map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {channel === 'email' && (
        <label>
          Subject
          <input class="draft-editor__field" value={subject ?? ''} onInput={(e) => onSubject(e.currentTarget.value)} />
        </label>
      )}
      <label class="draft-editor__label" for={bodyId}>
        Message
      </label>
      <div class="draft-editor__area">
        <div class="draft-editor__mirror" ref={mirror} aria-hidden="true">
          <HighlightedText text={body} />
        </div>
        <textarea
          id={bodyId}
          rows={9}
          value={body}
          onInput={(e) => onBody(e.currentTarget.value)}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <p class={`draft-editor__count${limit && count > limit ? ' draft-editor__count--over' : ''}`} aria-live="polite">
        {limit ? `${count} / ${limit} characters` : `${count} characters`}
        {open > 0 && ` · ${open} to fill in (highlighted)`}
      </p>
      <ul class="findings" aria-label="Coach">
        {findings.length === 0 && <li class="finding finding--ok">The coach has nothing to add.</li>}
        {findings.map((finding) => (
          <li key={finding.id} class={`finding finding--${finding.severity}`}>
            <strong>{finding.message}</strong> <span>{finding.suggestion}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
