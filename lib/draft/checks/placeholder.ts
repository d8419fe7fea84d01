// A placeholder still in the text would reach them as "[[what came of it]]": it must be
// filled (or its sentence deleted) before sending. Stray brackets mean one was half-edited.
import { PLACEHOLDER } from '../types';
import { ALL_KINDS, type Check, finding } from './check';

export const placeholder: Check = {
  ids: ['placeholder'],
  kinds: ALL_KINDS,
  run({ text }) {
    const found = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[0]))];
    const stray = text.replace(PLACEHOLDER, '').match(/\[\[|\]\]/);
    if (found.length === 0 && !stray) return [];
    const what = found.length
      ? `Still to fill in: ${found.join(', ')}.`
      : 'A placeholder was half edited: “[[” or “]]” is still in the text.';
    return [
      finding(
        'placeholder',
        'error',
        what,
        'Replace each [[…]] with your own words, or delete the sentence if it does not apply.',
      ),
    ];
  },
};
