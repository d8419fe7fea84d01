// What the drafts say: the blurb's parts where the kind needs them, the context's facts
// where it has them, and a placeholder for each fact only the user knows.
import { describe, expect, test } from 'vitest';
import { coach, draftMessages } from '../../../lib/draft';
import type { Channel, DraftKind } from '../../../lib/draft/types';
import { fill, fullContext, sparseContext } from './build';

const PARTS = ['no-who-i-am', 'no-what-i-want', 'no-why-you', 'no-why-now'];
const bodies = (kind: DraftKind, channel: Channel, full = true) =>
  draftMessages((full ? fullContext : sparseContext)(kind, channel)).map((draft) => draft.body);

describe.each<Channel>(['email', 'linkedin-note-free'])('on %s', (channel) => {
  test.each<DraftKind>(['intro-blurb', 'cold'])('every %s carries who, what, why them and why now', (kind) => {
    for (const full of [true, false]) {
      for (const body of bodies(kind, channel, full)) {
        const ids = coach(fill(body), kind, channel).map((f) => f.id);
        expect(ids.filter((id) => PARTS.includes(id))).toEqual([]);
      }
    }
  });

  test('the facts of a full context are used', () => {
    const [blurb] = bodies('intro-blurb', channel);
    expect(blurb).toMatch(/I'm Aroha/);
    expect(blurb).toMatch(/a senior software engineer/);
    expect(blurb).toMatch(/manage my first team/);
    expect(blurb).toMatch(/your post “What I learned/);
    expect(blurb).toMatch(/Congrat\w+ on/);
    expect(blurb).not.toMatch(/\[\[/);
  });

  test('an empty context asks the user for each missing fact', () => {
    const [blurb = ''] = bodies('intro-blurb', channel, false);
    const asked = [...blurb.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1]);
    expect(asked).toEqual(
      expect.arrayContaining([expect.stringMatching(/who you are/), expect.stringMatching(/why now/)]),
    );
    expect(asked.some((what) => /goal|what you want/.test(what ?? ''))).toBe(true);
    expect(asked.some((what) => /fits/.test(what ?? ''))).toBe(true);
  });
});

describe('each kind says what it is for', () => {
  test('intro-request: asks if they are comfortable, makes no easy, thanks, and carries the blurb', () => {
    const [short = '', warm = ''] = bodies('intro-request', 'email');
    for (const body of [short, warm]) {
      expect(body).toMatch(/comfortable introducing me to Wren Halloway\?/);
      expect(body).toMatch(/no worries|fine to say no/i);
      expect(body).toMatch(/Thank you/);
    }
    expect(short).toMatch(/blurb you can forward/);
    expect(warm).toContain('---\n\nHi Wren,');
    expect(warm).toMatch(/I'm Aroha Finch, a senior software engineer/);
  });

  test('intro-blurb: offers what I could give them when Me lists offers', () => {
    expect(bodies('intro-blurb', 'email').join('\n')).toMatch(/help (?:you )?with code review for Rust services/);
  });

  test('value-first: delivers the idea from its evidence, and asks nothing', () => {
    for (const body of bodies('value-first', 'email')) {
      expect(body).toMatch(/I saw you're hiring \(“We’re hiring two senior perception engineers/);
      expect(body).toContain('[[introduce a senior perception engineer you know]]');
      expect(body).not.toMatch(/\?/);
    }
  });

  test('advice-request: one question, bounded, and how the answer will be used', () => {
    for (const body of bodies('advice-request', 'email')) {
      expect(body.match(/\?/g)).toHaveLength(1);
      expect(body).toMatch(/by reply|15 minutes/);
      expect(body).toContain("I'll use your answer to [[what you'll do with the advice]]");
    }
  });

  test('follow-through: the advice and what I did from the context, a placeholder for what came of it', () => {
    for (const body of bodies('follow-through', 'email')) {
      expect(body).toContain('hold weekly one-to-ones from the first week');
      expect(body).toContain('I started them with all four reports');
      expect(body).toContain('[[what came of it]]');
    }
    for (const body of bodies('follow-through', 'email', false)) {
      expect(body).toContain('[[the advice they gave]]');
      expect(body).toContain('[[what you did with it]]');
    }
  });

  test('thanks: to the connector, by name, about the person introduced', () => {
    for (const body of bodies('thanks', 'email')) expect(body).toMatch(/^Hi Tobias,[\s\S]*introducing me to Wren/);
    for (const body of bodies('thanks', 'email', false)) expect(body).toMatch(/^Hi \[\[connector's name\]\],/);
  });

  test('keep-in-touch: their news, an update, and no ask', () => {
    for (const body of bodies('keep-in-touch', 'email')) {
      expect(body).toMatch(/Congratulations on your new role as Engineering Manager at Fernhill Labs/);
      expect(body).toMatch(/no need to reply/i);
      expect(body).not.toMatch(/\?/);
    }
  });

  test('email subjects are plain and specific', () => {
    const subjects = draftMessages(fullContext('advice-request', 'email')).map((d) => d.subject);
    expect(subjects[0]).toBe('One question about how to manage my first team');
    expect(draftMessages(fullContext('thanks', 'email'))[0]?.subject).toBe('Thank you for introducing me to Wren');
  });
});
