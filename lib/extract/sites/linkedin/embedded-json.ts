// The JSON LinkedIn embeds in signed-in pages, used only under the checks of
// PROFILE-PAGES.md "Embedded JSON is a trap": it describes the page that was first
// loaded (not always the one on screen) and always includes the viewer's own profile.
// So it counts only when it names a profile page and the person's publicIdentifier is
// the slug in the URL. It holds the top card at best: name, headline, location.

const MAX_BLOCK = 2_000_000; // a larger blob is not worth parsing on the user's machine

export interface EmbeddedTopCard {
  name?: string;
  headline?: string;
  location?: string;
}

function parse(text: string | null | undefined): unknown {
  if (!text || text.length > MAX_BLOCK) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The page the embedded data was written for names a profile view. */
function isProfilePageInstance(doc: Document): boolean {
  const instance = doc.getElementById('clientPageInstance')?.textContent ?? '';
  return /profile/i.test(instance);
}

function findPerson(value: unknown, slug: string, depth = 0): Record<string, unknown> | undefined {
  if (depth > 8 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findPerson(item, slug, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.publicIdentifier === 'string' && record.publicIdentifier.toLowerCase() === slug) return record;
  for (const child of Object.values(record)) {
    const found = findPerson(child, slug, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function readEmbeddedTopCard(doc: Document, slug: string): EmbeddedTopCard | undefined {
  const blocks = [...doc.querySelectorAll('code[id^="bpr-guid-"], script#rehydrate-data')];
  if (!blocks.length || !isProfilePageInstance(doc)) return undefined;
  for (const block of blocks) {
    const person = findPerson(parse(block.textContent), slug);
    if (!person) continue;
    const name = [str(person.firstName), str(person.lastName)].filter(Boolean).join(' ');
    return {
      name: name || undefined,
      headline: str(person.headline) ?? str(person.occupation),
      location: str(person.locationName) ?? str(person.geoLocationName),
    };
  }
  return undefined;
}
