import type { CorrectableField } from '../../lib/profile/corrections';
import type { Item, ProfileSnapshot } from '../../lib/schema/profile';
import { EditableField } from '../editable-field/editable-field';
import { formatRange, positionLine, safeHref } from './format';
import { Section } from './section';

interface Props {
  snapshot: ProfileSnapshot;
  onCorrect: (field: CorrectableField, value: string) => void;
}

function Items({ items }: { items: readonly Item[] }) {
  return (
    <ul class="facts">
      {items.map((item, index) => (
        <li key={`${item.title}-${index}`}>
          <span class="facts__main">{item.title}</span>
          {(item.subtitle || item.date) && (
            <span class="facts__meta">{[item.subtitle, item.date].filter(Boolean).join(' · ')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Everything else the page showed about the person, section by section. */
export function ProfileDetails({ snapshot: s, onCorrect }: Props) {
  const source = s.provenance;
  const network = [
    s.followers !== undefined ? `${s.followers.toLocaleString()} followers` : '',
    s.connections !== undefined
      ? `${s.connections.toLocaleString()}${s.connections === 500 ? '+' : ''} connections`
      : '',
  ].filter(Boolean);
  const mutual = s.mutualConnections;
  return (
    <div class="profile-details">
      {(network.length > 0 || mutual) && (
        <p class="muted">
          {network.join(' · ')}
          {mutual && (
            <>
              {network.length > 0 && <br />}
              {mutual.count ?? mutual.names.length} mutual connection{(mutual.count ?? 0) === 1 ? '' : 's'}
              {mutual.names.length > 0 && `, including ${mutual.names.join(', ')}`}
            </>
          )}
        </p>
      )}
      <Section title="About" source={source.about} open>
        <EditableField label="about" value={s.about ?? ''} multiline onSave={(v) => onCorrect('about', v)}>
          {s.about ? <p class="about">{s.about}</p> : <p class="muted">The page shows no about text.</p>}
        </EditableField>
      </Section>
      {s.positions.length > 0 && (
        <Section title={`Experience (${s.positions.length})`} source={source.positions} open>
          <ul class="facts">
            {s.positions.map((position, index) => (
              <li key={`${positionLine(position)}-${index}`}>
                <span class="facts__main">{positionLine(position)}</span>
                <span class="facts__meta">
                  {[formatRange(position), position.location].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {s.education.length > 0 && (
        <Section title="Education" source={source.education}>
          <Items
            items={s.education.map((e) => ({
              title: e.school ?? '',
              subtitle: [e.degree, e.field].filter(Boolean).join(', ') || undefined,
              date: formatRange(e) || undefined,
            }))}
          />
        </Section>
      )}
      {(['skills', 'languages'] as const).map((field) => (
        <Section key={field} title={field === 'skills' ? 'Skills' : 'Languages'} source={source[field]}>
          <EditableField label={field} value={s[field].join(', ')} multiline onSave={(v) => onCorrect(field, v)}>
            {s[field].length ? <p>{s[field].join(' · ')}</p> : <p class="muted">None shown on the page.</p>}
          </EditableField>
        </Section>
      ))}
      {(
        [
          ['certifications', 'Licences & certifications'],
          ['volunteering', 'Volunteering'],
          ['publications', 'Publications'],
          ['projects', 'Projects'],
          ['featured', 'Featured'],
        ] as const
      ).map(([field, title]) =>
        s[field].length ? (
          <Section key={field} title={title} source={source[field]}>
            <Items items={s[field]} />
          </Section>
        ) : null,
      )}
      {s.posts.length > 0 && (
        <Section title="Recent posts" source={source.posts}>
          <ul class="facts">
            {s.posts.map((post, index) => (
              <li key={`${post.date}-${index}`}>
                <span class="facts__text">{post.text}</span>
                {post.date && <span class="facts__meta">{post.date} ago</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {s.links.length > 0 && (
        <Section title="Links" source={source.links}>
          <ul class="facts">
            {s.links.map((link) => {
              const href = safeHref(link.url);
              return (
                <li key={link.url}>
                  {href ? (
                    <a href={href} target="_blank" rel="noreferrer noopener">
                      {link.label ?? link.url}
                    </a>
                  ) : (
                    <span>{link.label ?? link.url}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
    </div>
  );
}
