// Finding a profile section, by the most lasting hook first (PROFILE-PAGES.md): the
// 2022–2025 anchor id, then the 2026 data-view-name / componentkey, and last the heading
// text in the page's language.
import { visibleText } from '../../text';

export type SectionKey =
  | 'about'
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'volunteering'
  | 'publications'
  | 'projects'
  | 'featured'
  | 'activity';

export type SectionLayer = 'linkedin-2022' | 'linkedin-2026' | 'linkedin-headings';

interface SectionHooks {
  /** 2022–2025: `<div id="…" class="pv-profile-card__anchor">` inside the section. */
  anchors: readonly string[];
  /** 2026: `data-view-name="profile-card-<name>"`. */
  viewNames: readonly string[];
  /** 2026: the end of `componentkey="com.linkedin.sdui.profile.card.ref<opaque><End>"`. */
  componentKeyEnds: readonly string[];
  /** Last resort: the heading, in en, de, fr, es, pt, nl, it. */
  headings: readonly string[];
}

export const SECTIONS: Record<SectionKey, SectionHooks> = {
  about: {
    anchors: ['about'],
    viewNames: ['profile-card-about'],
    componentKeyEnds: ['About'],
    headings: ['about', 'info', 'infos', 'à propos', 'acerca de', 'sobre', 'over', 'informazioni'],
  },
  experience: {
    anchors: ['experience'],
    viewNames: ['profile-card-experience'],
    componentKeyEnds: ['ExperienceTopLevelSection', 'Experience'],
    headings: [
      'experience',
      'berufserfahrung',
      'erfahrung',
      'expérience',
      'experiencia',
      'experiência',
      'ervaring',
      'esperienza',
    ],
  },
  education: {
    anchors: ['education'],
    viewNames: ['profile-card-education'],
    componentKeyEnds: ['EducationTopLevelSection', 'Education'],
    headings: [
      'education',
      'ausbildung',
      'formation',
      'educación',
      'formação acadêmica',
      'formação',
      'opleiding',
      'formazione',
    ],
  },
  skills: {
    anchors: ['skills'],
    viewNames: ['profile-card-skills'],
    componentKeyEnds: ['Skills', 'SkillsTopLevelSection'],
    headings: ['skills', 'kenntnisse', 'compétences', 'aptitudes', 'competências', 'vaardigheden', 'competenze'],
  },
  languages: {
    anchors: ['languages'],
    viewNames: ['profile-card-languages'],
    componentKeyEnds: ['Languages'],
    headings: ['languages', 'sprachen', 'langues', 'idiomas', 'talen', 'lingue'],
  },
  certifications: {
    anchors: ['licenses_and_certifications'],
    viewNames: ['profile-card-licenses-and-certifications'],
    componentKeyEnds: ['LicensesAndCertifications', 'Certifications'],
    headings: [
      'licenses & certifications',
      'licenses and certifications',
      'bescheinigungen und zertifikate',
      'licences et certifications',
      'licencias y certificaciones',
      'licenças e certificados',
      'licenties en certificaten',
      'licenze e certificazioni',
    ],
  },
  volunteering: {
    anchors: ['volunteering_experience', 'volunteering'],
    viewNames: ['profile-card-volunteering'],
    componentKeyEnds: ['Volunteering', 'VolunteerExperience'],
    headings: [
      'volunteering',
      'volunteer experience',
      'ehrenamt',
      'bénévolat',
      'voluntariado',
      'vrijwilligerswerk',
      'volontariato',
    ],
  },
  publications: {
    anchors: ['publications'],
    viewNames: ['profile-card-publications'],
    componentKeyEnds: ['Publications'],
    headings: ['publications', 'publikationen', 'publicaciones', 'publicações', 'publicaties', 'pubblicazioni'],
  },
  projects: {
    anchors: ['projects'],
    viewNames: ['profile-card-projects'],
    componentKeyEnds: ['Projects'],
    headings: ['projects', 'projekte', 'projets', 'proyectos', 'projetos', 'projecten', 'progetti'],
  },
  featured: {
    anchors: ['featured'],
    viewNames: ['profile-card-featured'],
    componentKeyEnds: ['Featured'],
    headings: ['featured', 'im fokus', 'sélection', 'destacado', 'destaques', 'uitgelicht', 'in primo piano'],
  },
  activity: {
    anchors: ['content_collections', 'recent_activity'],
    viewNames: ['profile-card-recent-activity', 'profile-card-activity'],
    componentKeyEnds: ['RecentActivity', 'Activity'],
    headings: ['activity', 'aktivitäten', 'activité', 'actividad', 'atividade', 'activiteit', 'attività'],
  },
};

export interface FoundSection {
  key: SectionKey;
  element: Element;
  layer: SectionLayer;
}

/** The card around an anchor: its nearest <section>, else its parent. */
function cardOf(el: Element): Element {
  return el.closest('section') ?? el.parentElement ?? el;
}

function byHooks(doc: Document, hooks: SectionHooks): Omit<FoundSection, 'key'> | undefined {
  for (const id of hooks.anchors) {
    const anchor = doc.getElementById(id);
    if (anchor) return { element: cardOf(anchor), layer: 'linkedin-2022' };
  }
  for (const name of hooks.viewNames) {
    const card = doc.querySelector(`[data-view-name="${name}"]`);
    if (card) return { element: card, layer: 'linkedin-2026' };
  }
  for (const end of hooks.componentKeyEnds) {
    const card = doc.querySelector(`[componentkey^="com.linkedin.sdui.profile.card"][componentkey$="${end}"]`);
    if (card) return { element: card, layer: 'linkedin-2026' };
  }
  return undefined;
}

/** The text of a heading, lower-cased, without counts ("Skills (23)") or trailing colons. */
export function headingKey(heading: Element): string {
  return visibleText(heading)
    .toLowerCase()
    .replace(/\s*\(\d+\)\s*$|:$/g, '')
    .trim();
}

/**
 * The card a bare heading titles: the nearest <section>, else the first ancestor (up to
 * four levels) that holds more than the heading itself.
 */
function cardOfHeading(heading: Element): Element {
  const section = heading.closest('section');
  if (section) return section;
  const own = visibleText(heading).length;
  let el = heading.parentElement;
  for (let depth = 0; el && depth < 4; depth += 1, el = el.parentElement) {
    if (visibleText(el).length > own + 10) return el;
  }
  return heading.parentElement ?? heading;
}

/** Every section of the page that can be found, each once, in the order of SECTIONS. */
export function findSections(doc: Document): FoundSection[] {
  const found: FoundSection[] = [];
  const byHeading = new Map<string, Element>();
  const main = doc.querySelector('main') ?? doc.body;
  for (const heading of main?.querySelectorAll('h2, h3') ?? []) {
    if (heading.closest('aside, nav, header')) continue; // sidebars title other people
    const key = headingKey(heading);
    if (!byHeading.has(key)) byHeading.set(key, heading);
  }
  for (const [key, hooks] of Object.entries(SECTIONS) as [SectionKey, SectionHooks][]) {
    const hooked = byHooks(doc, hooks);
    if (hooked) {
      found.push({ key, ...hooked });
      continue;
    }
    const heading = hooks.headings.map((name) => byHeading.get(name)).find(Boolean);
    if (heading) found.push({ key, element: cardOfHeading(heading), layer: 'linkedin-headings' });
  }
  return found;
}
