// A large profile for the extraction benchmark: the 2026-layout demo page of a fictional
// person, with its lists grown to the size of a long career (seeded, so runs compare).
import { pick, seeded } from './synthetic';

const COMPANIES = ['Larchmont Robotics', 'Quillfeather', 'Tidewater Instruments', 'Fernhill Labs', 'Brightfold Health'];
const TITLES = [
  'Software Engineer',
  'Senior Engineer',
  'Staff Engineer',
  'Engineering Manager',
  'Director of Engineering',
];
const SKILLS = ['Robotics', 'Rust', 'Hiring', 'Mentoring', 'Embedded C', 'Kubernetes', 'Roadmaps', 'Budgeting'];

/** Inserts `count` more entries into the list of the section named `viewName`. */
function grow(html: string, viewName: string, entry: (i: number) => string, count: number): string {
  const at = html.indexOf(`data-view-name="${viewName}"`);
  const listAt = html.indexOf('<ul', at);
  const open = html.indexOf('>', listAt) + 1;
  if (at === -1 || listAt === -1) return html;
  const extra = Array.from({ length: count }, (_, i) => entry(i)).join('\n');
  return `${html.slice(0, open)}\n${extra}${html.slice(open)}`;
}

export function largeProfile(demoHtml: string, seed = 42): string {
  const random = seeded(seed);
  let html = grow(
    demoHtml,
    'profile-card-experience',
    (i) => `<li data-view-name="profile-component-entity"><a href="/company/demo-co-${i}/">
      <p>${pick(TITLES, random)}</p><p>${pick(COMPANIES, random)} · Full-time</p></a>
      <p>Jan ${1990 + (i % 30)} - Dec ${1991 + (i % 30)} · 1 yr</p><p>Rotterdam, Netherlands · Hybrid</p>
      <div data-testid="expandable-text-box">${'Led a team shipping robots to warehouses. '.repeat(8)}</div></li>`,
    40,
  );
  html = grow(
    html,
    'profile-card-skills',
    (i) => `<li data-view-name="profile-component-entity"><p>${pick(SKILLS, random)} ${i}</p></li>`,
    80,
  );
  html = grow(
    html,
    'profile-card-recent-activity',
    (i) =>
      `<li><p>Rowan Alder posted this · ${i + 1}w</p><p>${'A thought about engineering management. '.repeat(12)}</p></li>`,
    20,
  );
  return html;
}
