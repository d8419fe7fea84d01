// Every text of a snapshot with where it sits and how much it counts: a current or long
// role counts more than an old internship; a skill listed is weaker than a job held.
import type { ProfileSnapshot } from '../schema/profile';
import type { HitGroup } from './analysis-types';
import { durationFactor, positionSpan, recencyFactor, type Span, yearsAgoOfText } from './dates';
import { currentLevel, SENIORITY_WEIGHT, type Seniority, seniorityRank, titleSeniority } from './seniority';

export interface FieldText {
  /** "positions[2].title", "about", "skills[3]"… */
  field: string;
  text: string;
  group: HitGroup;
  /** 0–1: base weight of the group × recency × time spent × seniority. */
  weight: number;
  /** Index into positions, for time-in-role. */
  position?: number;
  /** Counts as now (current role, headline, about). */
  current: boolean;
  yearsAgo: number;
}

/**
 * Base weight per group: what a mention there says about being able to teach it.
 * A job title is the strongest statement; a listed skill or a post the weakest.
 */
export const GROUP_WEIGHT: Record<HitGroup, number> = {
  title: 1,
  description: 0.5,
  done: 0.6,
  company: 0.45,
  headline: 0.85,
  about: 0.55,
  skills: 0.35,
  certifications: 0.4,
  education: 0.3,
  writing: 0.5,
  projects: 0.4,
  posts: 0.35,
  volunteering: 0.35,
  featured: 0.3,
  place: 0.5,
};

export interface PositionInfo {
  span: Span;
  level: Seniority;
}

export function positionInfo(snapshot: ProfileSnapshot, nowMonth: number): PositionInfo[] {
  return snapshot.positions.map((p) => ({ span: positionSpan(p, nowMonth), level: titleSeniority(p.title) }));
}

export function profileFields(snapshot: ProfileSnapshot, positions: PositionInfo[], now: Date): FieldText[] {
  const out: FieldText[] = [];
  const add = (
    field: string,
    text: string | undefined,
    group: HitGroup,
    factor: number,
    extra: Partial<FieldText> = {},
  ) => {
    if (!text?.trim()) return;
    const yearsAgo = extra.yearsAgo ?? 0;
    out.push({ field, text, group, weight: GROUP_WEIGHT[group] * factor, current: yearsAgo === 0, yearsAgo, ...extra });
  };
  const dated = (date: string | undefined, fallback: number) => {
    const ago = yearsAgoOfText(date, now);
    return { factor: ago === undefined ? fallback : recencyFactor(ago), yearsAgo: ago ?? 2 };
  };

  // What people say about themselves weighs as much as where they stand: a student's
  // "Aspiring data scientist" is not a data scientist's headline.
  const standing = currentLevel(positions.map((p) => ({ level: p.level, current: p.span.current })));
  const said = titleSeniority(snapshot.headline);
  const beginner = seniorityRank(said) < seniorityRank('mid');
  add('headline', snapshot.headline, 'headline', SENIORITY_WEIGHT[beginner ? said : standing]);
  // The about tells deeds ("I changed careers at 34"), which count whatever the rank.
  add('about', snapshot.about, 'about', beginner ? SENIORITY_WEIGHT[said] : 1);
  add('location', snapshot.location, 'place', 1.2);
  snapshot.positions.forEach((p, i) => {
    const info = positions[i];
    if (!info) return;
    const { span, level } = info;
    const factor = recencyFactor(span.yearsAgo) * durationFactor(span.months) * SENIORITY_WEIGHT[level];
    const extra = { position: i, current: span.current, yearsAgo: span.yearsAgo };
    add(`positions[${i}].title`, p.title, 'title', factor, extra);
    add(`positions[${i}].description`, p.description, 'description', factor, extra);
    // Company names carry the industry ("Larchmont Robotics"); "@fernhill-labs" → words.
    add(`positions[${i}].company`, p.company?.replace(/^@/, '').replace(/-/g, ' '), 'company', factor, extra);
    add(
      `positions[${i}].location`,
      p.location?.split('·')[0],
      'place',
      recencyFactor(span.yearsAgo) * durationFactor(span.months),
      extra,
    );
  });
  // Self-declared and undated: a little below full weight.
  snapshot.skills.forEach((skill, i) => {
    add(`skills[${i}]`, skill, 'skills', 0.8);
  });
  snapshot.education.forEach((e, i) => {
    const ago = e.end ? Math.max(0, now.getUTCFullYear() - Number(e.end.slice(0, 4))) : 10;
    const extra = { yearsAgo: ago };
    add(`education[${i}].field`, e.field, 'education', recencyFactor(ago), extra);
    add(`education[${i}].degree`, e.degree, 'education', recencyFactor(ago) * 0.5, extra);
  });
  const items = [
    ['certifications', snapshot.certifications, 'certifications', 0.6],
    ['publications', snapshot.publications, 'writing', 0.7],
    ['projects', snapshot.projects, 'projects', 0.8],
    ['volunteering', snapshot.volunteering, 'volunteering', 0.7],
    ['featured', snapshot.featured, 'featured', 0.8],
  ] as const;
  for (const [name, list, group, fallback] of items) {
    list.forEach((item, i) => {
      const { factor, yearsAgo } = dated(item.date, fallback);
      add(`${name}[${i}].title`, item.title, group, factor, { yearsAgo });
      add(`${name}[${i}].subtitle`, item.subtitle, group, factor * 0.6, { yearsAgo });
      add(`${name}[${i}].description`, item.description, group, factor, { yearsAgo });
    });
  }
  snapshot.posts.forEach((post, i) => {
    const { factor, yearsAgo } = dated(post.date, 1);
    add(`posts[${i}]`, post.text, 'posts', factor, { yearsAgo });
  });
  return out;
}
