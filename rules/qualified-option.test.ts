// Options a case system words with a qualifier after the pack's label ("Ja, nu", "Yes – witnessed it") are that
// option for the default packs' option conditions, in en, sv and nb. The browser side: tests/e2e/answers-qualified-options.e2e.ts.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './compiled-pack';
import { fired } from '../tests/unit/default-pack-follow-ups';
import { qualifiedOptionAnswer } from './qualified-option';
import { normalizeLabel } from '../utils/normalize-text';

/** A host option chosen, as the DOM reader gives it: its label, and its label normalised among the options. */
const chosen = (label: string): AnswerValue => ({ text: label, options: [normalizeLabel(label)] });

describe('an option worded with a qualifier after the pack\'s label', () => {
  it('brings the option\'s follow-up, in en, sv and nb', () => {
    expect(fired('children-exposed', chosen('Ja, det finns misstanke'))).toContain('children-at-risk:critical');
    expect(fired('children-exposed', chosen('Yes – witnessed it'))).toContain('children-at-risk:critical');
    expect(fired('drugs', chosen('Ja, nu'))).toContain('drug-use:info');
    expect(fired('drugs', chosen('Yes (cannabis)'))).toContain('drug-use:info');
    expect(fired('others-worried', chosen('Ja, nyligen'))).toContain('others-concerned:info');
    expect(fired('safety-at-home', chosen('Ja, tidligere'))).toContain('violence-disclosed:critical');
  });
  it('brings nothing for a qualified "no", a declined reply, or words that only start like an option', () => {
    expect(fired('drugs', chosen('Nej, aldrig'))).toEqual([]);
    expect(fired('drugs', chosen('Nej, inget svar'))).toEqual([]);
    expect(fired('drugs', chosen('No answer given'))).toEqual([]);
    expect(fired('drugs', chosen('Jaha'))).toEqual([]);
    expect(fired('drugs', chosen('Nej, vill inte svara'))).toEqual([]);
    expect(fired('drugs', chosen('Ja, vill inte svara'))).toEqual([]);
    expect(fired('drugs', chosen('Ja/Nej'))).toEqual([]);
  });
  it('declines only where the qualifier opens by declining: a yes with "no response yet" later is a yes', () => {
    expect(fired('children-exposed', chosen('Yes – reported, no response yet'))).toContain('children-at-risk:critical');
    expect(fired('children-exposed', chosen('Ja, anmält men inget svar från polisen'))).toContain('children-at-risk:critical');
  });
});

describe('an option written with another spelling of its words', () => {
  it('is that option: sv "ej" for "inte", nb "vill" and Nynorsk "ikkje" for "vil" and "ikke"', () => {
    expect(fired('children-exposed', chosen('Vet ej'))).toContain('children-unclear:warning');
    expect(fired('safety-at-home', chosen('Vill ikke svare'))).toContain('violence-not-said:warning');
    expect(fired('safety-at-home', chosen('Vil ikkje svare'))).toContain('violence-not-said:warning');
  });
  it('brings nothing new for a harmless option so written', () => {
    expect(fired('drugs', chosen('Nej, ej aktuellt'))).toEqual([]);
  });
});

describe('qualifiedOptionAnswer', () => {
  const item = { options: [{ en: 'Yes', sv: 'Ja' }, { en: 'Yes, before', sv: 'Ja, tidigare' }, { en: 'No', sv: 'Nej' }] };
  it('adds the longest declared label the chosen option opens with', () => {
    expect(qualifiedOptionAnswer(item, chosen('Ja, tidigare i år')).options).toContain('ja tidigare');
    expect(qualifiedOptionAnswer(item, chosen('Ja, tidigare i år')).options).not.toContain('ja');
    expect(qualifiedOptionAnswer(item, chosen('Yes - now')).options).toContain('yes');
  });
  it('leaves an answer that is a declared option, or opens with none, as it is', () => {
    const exact = chosen('Ja, tidigare');
    expect(qualifiedOptionAnswer(item, exact)).toBe(exact);
    const other = chosen('Kanske');
    expect(qualifiedOptionAnswer(item, other)).toBe(other);
    const typed: AnswerValue = { text: 'ja', options: [] };
    expect(qualifiedOptionAnswer(item, typed)).toBe(typed);
  });
});
