// The pieces drafts are built from (the blurb's parts): grammatical whatever form the
// user's or the page's text takes.
import { describe, expect, test } from 'vitest';
import { aboutMe } from '../../../lib/draft/about-me';
import { goalOf } from '../../../lib/draft/goal';
import { describeEvidence } from '../../../lib/draft/reason';
import { timingOf } from '../../../lib/draft/timing';
import { PERSON } from './build';

describe('who I am, from Me → summary', () => {
  test.each([
    ['Product designer', "I'm Aroha Finch, a product designer.", 'Aroha Finch, a product designer.'],
    [
      'Operations lead at a bakery',
      "I'm Aroha Finch, an operations lead at a bakery.",
      'Aroha Finch, an operations lead at a bakery.',
    ],
    ['Building a health app', "I'm Aroha Finch, building a health app.", 'Aroha Finch, building a health app.'],
    [
      'Head of data at Pellucid',
      "I'm Aroha Finch, head of data at Pellucid.",
      'Aroha Finch, head of data at Pellucid.',
    ],
    ['UX researcher', "I'm Aroha Finch, a UX researcher.", 'Aroha Finch, a UX researcher.'],
    ['SRE at Tallowmere', "I'm Aroha Finch, an SRE at Tallowmere.", 'Aroha Finch, an SRE at Tallowmere.'],
    [
      "Pellucid's first analyst",
      "I'm Aroha Finch, Pellucid's first analyst.",
      "Aroha Finch, Pellucid's first analyst.",
    ],
    [
      'I lead the data team at Pellucid.',
      "I'm Aroha Finch. I lead the data team at Pellucid.",
      'Aroha Finch, in their own words: “I lead the data team at Pellucid.”',
    ],
  ])('“%s”', (summary, first, intro) => {
    expect(aboutMe(summary, 'Aroha Finch')).toMatchObject({ first, intro });
  });

  test('nothing said: placeholders, and a note leaves my name to my profile', () => {
    expect(aboutMe('', 'Aroha Finch').first).toBe("I'm Aroha Finch, [[who you are and what you do]].");
    expect(aboutMe('', undefined, true).first).toBe("I'm [[who you are]].");
    expect(aboutMe('', undefined, true).intro).toBe('[[your name]], [[who you are]].');
  });
});

describe('what I want, from the need', () => {
  test.each([
    ['Manage my first team', 'manage my first team', 'manage their first team'],
    ['Learn ASIC design', 'learn ASIC design', 'learn ASIC design'],
    [
      'Public speaking at conferences',
      'get better at public speaking at conferences',
      'get better at public speaking at conferences',
    ],
    ['I want to move into product management.', 'move into product management', 'move into product management'],
    [
      'Understand employment law before hiring my first employees',
      'understand employment law before hiring my first employees',
      'understand employment law before hiring their first employees',
    ],
  ])('“%s”', (text, doing, doingThird) => {
    expect(goalOf(text)).toMatchObject({ doing, doingThird });
  });

  test('no need: a placeholder', () => {
    expect(goalOf(undefined).doing).toBe('[[what you want to learn or achieve]]');
    expect(goalOf('  ', true).doing).toBe('[[your goal]]');
  });
});

describe('why them, from the evidence', () => {
  test.each([
    [
      { text: 'What I learned managing my first team', field: 'posts[0]' },
      'your post “What I learned managing my first team”',
    ],
    [{ text: 'Engineering Manager', field: 'positions[0].title' }, 'your work as Engineering Manager at Fernhill Labs'],
    [{ text: 'Kubernetes', field: 'skills[3]' }, 'your experience with Kubernetes'],
    [
      { text: 'Engineering Manager at Fernhill Labs', field: 'headline' },
      'your profile (“Engineering Manager at Fernhill Labs”)',
    ],
  ])('%j', (evidence, phrase) => {
    expect(describeEvidence(evidence, PERSON, 80)).toBe(phrase);
  });

  test('a long quote is clipped at a word', () => {
    const evidence = { text: 'What I learned managing my first team of five engineers', field: 'posts[0]' };
    expect(describeEvidence(evidence, PERSON, 30)).toBe('your post “What I learned managing my…”');
  });
});

describe('why now, from what changed', () => {
  test('a new role first, whatever the order', () => {
    const changes = [
      { field: 'location' as const, after: 'Leeds', summary: 'Moved to Leeds' },
      { field: 'title' as const, after: 'VP Engineering', summary: 'New role: VP Engineering at Larchmont Robotics' },
    ];
    expect(timingOf(changes, 80)).toBe('Congratulations on your new role as VP Engineering at Larchmont Robotics');
    expect(timingOf(changes, 80, true)).toBe('Congrats on the new role');
  });

  test.each([
    [
      { field: 'company' as const, after: 'Larchmont Robotics', summary: 'Now at Larchmont Robotics' },
      'Congratulations on joining Larchmont Robotics',
    ],
    [
      { field: 'location' as const, after: 'Leeds, UK', summary: 'Moved to Leeds, UK' },
      "I saw you've just moved to Leeds, UK",
    ],
    [
      { field: 'headline' as const, after: 'Writing a book on hiring', summary: 'New headline' },
      'I noticed your new headline, “Writing a book on hiring”',
    ],
  ])('%j', (change, phrase) => {
    expect(timingOf([change], 80)).toBe(phrase);
  });

  test('nothing changed: nothing to say', () => {
    expect(timingOf(undefined, 80)).toBeUndefined();
  });
});
