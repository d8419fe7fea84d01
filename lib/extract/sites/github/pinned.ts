// Pinned repositories on a GitHub profile's overview tab, as `projects[]`.
import { type Item, MAX } from '../../../schema/profile';
import { cleanText, httpUrl } from '../../generic/person';
import { firstText, visibleText } from '../../text';
import { PINNED } from './selectors';

/** At most six can be pinned; a few more in case a layout repeats an item. */
const MAX_PINNED = 12;

export function readPinned(doc: Document, url: URL): Item[] {
  const items = PINNED.item.map((selector) => [...doc.querySelectorAll(selector)]).find((found) => found.length);
  const projects: Item[] = [];
  const seen = new Set<string>();
  for (const item of (items ?? []).slice(0, MAX_PINNED)) {
    const project = readItem(item, url);
    const key = project?.url ?? project?.title;
    if (!project || !key || seen.has(key)) continue;
    seen.add(key);
    projects.push(project);
  }
  return projects;
}

function readItem(item: Element, base: URL): Item | undefined {
  const link = repositoryLink(item, base);
  const title = cleanText(firstText(item, PINNED.title));
  if (!title) return undefined;
  const description = cleanText(firstText(item, PINNED.description), MAX.long);
  const language = cleanText(visibleText(item.querySelector(PINNED.language)));
  return {
    title,
    ...(language ? { subtitle: language } : {}),
    ...(link ? { url: link } : {}),
    ...(description ? { description } : {}),
  };
}

/** The item's link to /<owner>/<repo> (not to its stargazers or forks), made absolute. */
function repositoryLink(item: Element, base: URL): string | undefined {
  for (const anchor of item.querySelectorAll('a[href]')) {
    const href = httpUrl(anchor.getAttribute('href'), base);
    if (href && /^\/[^/]+\/[^/]+\/?$/.test(new URL(href).pathname)) return href.replace(/\/$/, '');
  }
  return undefined;
}
