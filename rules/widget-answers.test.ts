// The default packs' follow-ups for answers as widgets of other kinds give them
// (utils/dom/read-answer.ts): a declared option chosen, a rating's own words, a
// masked number. The browser side: tests/e2e/answers-more-kinds.e2e.ts.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './compiled-pack';
import { fired } from '../tests/unit/default-pack-follow-ups';

const option = (label: string): AnswerValue => ({ text: label, options: [label.toLowerCase()] });

describe('a declared option chosen is the form\'s word, never a denial in the adviser\'s words', () => {
  it('brings no quiet check-in for "No" chosen to a violence question, in en, sv and nb', () => {
    expect(fired('partner-violence', option('No'))).toEqual([]);
    expect(fired('partner-violence', option('Nej'))).toEqual([]);
    expect(fired('safety-at-home', option('Nei'))).toEqual([]);
    expect(fired('children-exposed', option('No'))).toEqual([]);
  });

  it('still brings the card for the sensitive option, and the check-in for a "no" typed in words', () => {
    expect(fired('partner-violence', option('Ja'))).toEqual(['violence-disclosed:critical']);
    expect(fired('safe-at-home', option('Nej'))).toEqual(['unsafe-at-home:critical']);
    expect(fired('partner-violence', { text: 'No, never.', options: [] })).toEqual(['violence-disclosed:check-in']);
    // Words typed into a combobox that are no declared option are still words.
    expect(fired('safety-at-home', { text: 'Nei, aldri', options: ['nei aldri'] })).toContain('violence-disclosed:check-in');
  });
});

describe('a rating in its own words, a masked number', () => {
  it('reads "N of 5 stars" on the well-being score as option N', () => {
    expect(fired('wellbeing-score', option('1 of 5 stars'))).toEqual(['low-score:warning']);
    expect(fired('wellbeing-score', option('2 av 5 stjärnor'))).toEqual(['low-score:warning']);
    expect(fired('wellbeing-score', option('4 of 5 stars'))).toEqual([]);
  });

  it('reads a count with a mask\'s fill characters', () => {
    expect(fired('children-at-home', { text: '2_', options: [] })).toEqual(['children-perspective:info']);
    expect(fired('children-at-home', { text: '0_', options: [] })).toEqual([]);
  });
});
