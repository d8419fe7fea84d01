import { describe, expect, test } from 'vitest';
import { homework, QUESTIONS } from '../../../lib/value/homework';
import { person, position, post, valueAt } from './build';

const ORDER = [
  QUESTIONS.thirtyMinutes,
  QUESTIONS.published,
  QUESTIONS.leastDisruption,
  QUESTIONS.offerAndNeeds,
  QUESTIONS.twentyYears,
];

const writer = person({
  headline: 'Principal Engineer at Solace Grid | Speaker',
  about: 'I lead the streaming platform.\nI run a monthly open office hour: send me a message to book a slot.',
  positions: [position({ title: 'Principal Engineer', description: 'Technical lead for the telemetry platform.' })],
  publications: [{ title: 'Backpressure in practice: lessons from a grid pipeline', subtitle: 'Systems Review' }],
  projects: [{ title: 'Gridwatch: open-source load forecaster' }],
  featured: [{ title: 'Talk: streaming without tears' }],
  posts: [
    post('Six months ago we moved every region onto one Kafka platform. Three lessons.', '3d'),
    post('Does anyone know a good book on capacity planning?', '1w'),
  ],
});

const sparse = person({ headline: 'Staff Engineer at Fernhill Labs' });

describe('homework', () => {
  test.each([
    ['a profile with publications and posts', writer],
    ['a sparse profile', sparse],
  ])('five questions, always in the same order: %s', (_name, snapshot) => {
    expect(homework(snapshot).map((a) => a.question)).toEqual(ORDER);
    expect(homework(snapshot, { text: 'Run a platform team' }).map((a) => a.question)).toEqual(ORDER);
  });

  test('lists what they published, each at its field, in the page’s words', () => {
    const published = homework(writer)[1];
    expect(published?.answer).toBe(
      '2 posts, 1 publication, 1 featured item, 1 project and 1 mention of talks or writing on this page. What you want to learn may already be there.',
    );
    expect(published?.found.map((e) => e.field)).toEqual([
      'publications[0].title',
      'featured[0].title',
      'projects[0].title',
      'posts[0]',
      'posts[1]',
      'headline',
    ]);
    for (const e of published?.found ?? []) expect(valueAt(writer, e.field)).toContain(e.text);
  });

  test('learning with the least of their time: read first, use the door they opened, ask by reply', () => {
    const least = homework(writer)[2];
    expect(least?.answer).toBe(
      'Read “Backpressure in practice: lessons from a grid pipeline” and the rest of what they published first. They say how they like to be reached; use that door. Then ask one question they can answer by reply, with no meeting needed.',
    );
    expect(least?.found[0]).toEqual({
      text: 'I run a monthly open office hour: send me a message to book a slot.',
      field: 'about',
    });
  });

  test('what they need: the asks and openings the value rules see', () => {
    const needs = homework(writer)[3];
    expect(needs?.answer).toBe('They have said in public what they are looking for.');
    expect(needs?.found).toEqual([{ text: 'Does anyone know a good book on capacity planning?', field: 'posts[1]' }]);
  });

  test('a sparse profile: nothing published, nothing asked, and prompts to do the rest', () => {
    const [thirty, published, least, needs, twenty] = homework(sparse);
    expect(published).toMatchObject({ answer: 'Nothing they published shows on this page.', found: [] });
    expect(published?.prompt).toContain('before you write');
    expect(least?.answer).toBe('Then ask one question they can answer by reply, with no meeting needed.');
    expect(needs).toMatchObject({ answer: 'They have not said in public what they need.', found: [] });
    expect(thirty?.prompt).toBeTruthy();
    expect(twenty?.prompt).toBeTruthy();
  });

  test('the 30-minute and twenty-years questions are tied to the need when there is one', () => {
    const answers = homework(writer, { text: 'Run a telemetry platform team' });
    expect(answers[0]?.prompt).toContain('“Run a telemetry platform team”');
    expect(answers[4]?.prompt).toContain('“Run a telemetry platform team”');
    // Where their work touches the need, so the 30 minutes start from what they know.
    expect(answers[0]?.found).toEqual([
      { text: 'Technical lead for the telemetry platform.', field: 'positions[0].description' },
    ]);
    expect(answers[0]?.answer).toBeUndefined();
  });

  test('without a need, the prompts still stand', () => {
    const answers = homework(writer);
    expect(answers[0]?.prompt).toMatch(/questions only they could answer/);
    expect(answers[4]?.prompt).toMatch(/specific, finite/);
  });
});

test('a sentence found twice is listed once', () => {
  const snapshot = person({ about: 'I write a monthly newsletter on kilns and keep office hours for potters.' });
  const least = homework(snapshot)[2];
  expect(least?.found).toEqual([
    { text: 'I write a monthly newsletter on kilns and keep office hours for potters.', field: 'about' },
  ]);
});
