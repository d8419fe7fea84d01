// The lexicon as data (ids, links, terms) and its matching on stems: inflections,
// multi-word terms with filler words, and the same word with two meanings.
import { describe, expect, test } from 'vitest';
import { findConcepts } from '../../../lib/match/concepts';
import { CONCEPTS, LEXICON, termList } from '../../../lib/match/lexicon';
import { tokenize } from '../../../lib/match/text';

const conceptsIn = (text: string) => findConcepts(tokenize(text)).map((m) => m.id);

describe('the lexicon data', () => {
  test('has at least 60 concepts with unique ids', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(60);
    expect(new Set(LEXICON.map((c) => c.id)).size).toBe(LEXICON.length);
  });

  test.each(LEXICON.map((c) => [c.id, c] as const))('%s links only to known concepts and has terms', (_id, concept) => {
    for (const link of [...concept.related, ...(concept.implies ?? []), ...(concept.within ?? [])]) {
      expect(CONCEPTS.has(link), `${concept.id} → ${link}`).toBe(true);
    }
    expect(termList(concept.terms).length + (concept.rules?.length ?? 0)).toBeGreaterThanOrEqual(3);
    expect(concept.label).toBe(concept.label.trim());
  });

  test('no term belongs to two concepts (one would silently shadow the other)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of LEXICON) {
      for (const term of termList(concept.terms)) {
        // As the matcher reads a term: "#" any number, "=word" that exact word, else stems.
        const key = term
          .split(/\s+/)
          .flatMap((part) =>
            part === '#'
              ? ['#']
              : tokenize(part.replace(/^=/, '')).map((t) => (part.startsWith('=') ? `=${t.norm}` : t.stem)),
          )
          .join(' ');
        const other = owner.get(key);
        if (other && other !== concept.id) clashes.push(`"${term}": ${other} and ${concept.id}`);
        owner.set(key, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('finding concepts', () => {
  test.each([
    // Stems: any inflection of a term.
    ['Raised our seed round in 2023', 'fundraising'],
    ['We closed our Series A last spring', 'fundraising'],
    ['Head of Investor Relations', 'fundraising'],
    ['VP Finance', 'finance'],
    ['FP&A and budgeting', 'finance'],
    ['Manage my first team', 'people-management'],
    ['managing a small team of 5', 'people-management'],
    ['Coached eleven first-time managers', 'people-management'],
    ['Engineering Manager, Platform', 'engineering-management'],
    ['Head of Product', 'product-management'],
    ['Senior Java Developer', 'java'],
    ['no_std Rust on microcontrollers', 'rust-lang'],
    ['Go (Programming Language)', 'go-lang'],
    ['Tech lead for the ledger team', 'tech-leadership'],
    ['Lead generation campaigns', 'marketing'],
    ['Data entry clerk', 'administration'],
    ['Senior data analyst', 'data-science'],
    ['Account manager for key accounts', 'sales'],
    ['Corrosion engineer: rust prevention offshore', 'corrosion-materials'],
    ['Travel writer covering Java and Bali', 'travel-tourism'],
    ['Chip designer (ASIC, Verilog)', 'hardware-design'],
    ['Senior product designer', 'product-design'],
    ['fundraising gala for our donors', 'nonprofit-fundraising'],
    ['Keynote speaker on leadership', 'public-speaking'],
    ['Rolled out the EHR to 1,200 clinicians', 'health-tech'],
    ['Leiterin Softwareentwicklung', 'engineering-management'],
    ['Mentorin für Frauen in der IT', 'diversity-inclusion'],
  ])('"%s" → %s', (text, id) => {
    expect(conceptsIn(text)).toContain(id);
  });

  test.each([
    // The same word with another meaning.
    ['Travel writer covering Java, its volcanoes and coffee', 'java'],
    ['Corrosion engineer: rust prevention on offshore steel', 'rust-lang'],
    ['Lead generation manager', 'tech-leadership'],
    ['Lead generation manager', 'people-management'],
    ['Account manager for 40 key accounts', 'people-management'],
    ['Data entry clerk', 'data-science'],
    ['Senior ASIC designer', 'product-design'],
    ['Led the move to Rust for the motion controller', 'finance'],
    ['Native speaker of Spanish', 'public-speaking'],
    ['Book a slot in my office hours', 'writing'],
    ['Write production Rust', 'writing'],
    ['Docker containers on Kubernetes', 'logistics'],
    ['Volunteer at the food bank', 'fintech'],
    ['Security guard at the mall', 'security'],
    ['I design tools for designers', 'hardware-design'],
    ['Introduced design reviews', 'product-design'],
    ['I found the bug', 'entrepreneurship'],
    ['Community organizer at a large organization', 'hardware-design'],
    ['Raised money for charities from donors', 'fundraising'],
    ['Recover my energy after burnout', 'climate-energy'],
    ['Happy to talk with new tech leads', 'public-speaking'],
  ])('"%s" is not %s', (text, id) => {
    expect(conceptsIn(text)).not.toContain(id);
  });

  test('the longest term wins and consumes its words', () => {
    expect(conceptsIn('Head of Platform Engineering')).toEqual(['engineering-management']);
    expect(conceptsIn('account manager')).toEqual(['sales']);
  });
});
