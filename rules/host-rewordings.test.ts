import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile-pack';
import { loadPack } from './load-pack';
import { createMatchMemo, createPackMatcher, matchQuestionText, resolveClaims, RULE_RANK, type AnswerForm, type PackMatcher } from './match-controls';
import { matchWords } from './label-synonyms';

// How other case systems word the default packs' questions: a field labelled so must find
// (or must not take) the pack's item. Our own wordings, not those of tests/data/label-*.tsv.
function matcherOf(file: string): PackMatcher {
  const loaded = loadPack(readFileSync(join(import.meta.dirname, 'packs', file), 'utf8'), { fileName: file });
  if (!loaded.ok) throw new Error(file);
  return createPackMatcher(compilePack(loaded.pack));
}
const assessment = matcherOf('social-assistance-initial-assessment.yaml');
const workFocused = matcherOf('work-focused-interview.yaml');

function found(matcher: PackMatcher, label: string, form?: AnswerForm): string | null {
  const hit = matchQuestionText(createMatchMemo(), matcher, label, form);
  return hit ? (matcher.pack.items[hit.item]?.id ?? null) : null;
}

describe('a host that words a pack question its own way', () => {
  it('finds a near-verbatim safety question whose function words are synonyms', () => {
    expect(found(assessment, 'Has your spouse or anybody you live with hurt, threatened or controlled you?', 'choice')).toBe('partner-violence');
    expect(found(assessment, 'Do you feel secure where you live?', 'choice')).toBe('safe-at-home');
    expect(found(assessment, 'Känner du dig säker där du bor?', 'choice')).toBe('safe-at-home');
    expect(found(assessment, 'Har din sambo eller någon i hemmet skadat, hotat eller kontrollerat dig?', 'choice')).toBe('partner-violence');
    expect(found(workFocused, 'Skader, truer eller kontrollerer ektefellen din eller noen i husstanden deg?', 'choice')).toBe('safety-at-home');
    expect(found(workFocused, 'Does your husband, wife or someone at home hurt, threaten or control you?', 'choice')).toBe('safety-at-home');
  });

  it('finds an inflected question ("dricka" for "dricker", "threatening" for "threatened")', () => {
    expect(found(assessment, 'Hur ofta brukar du dricka alkohol?', 'choice')).toBe('alcohol');
    expect(found(assessment, 'Is a partner or anyone in your household hurting, threatening or controlling you?', 'choice')).toBe('partner-violence');
  });

  it('finds a short topic label the pack declares, in its words or their synonyms', () => {
    expect(found(assessment, 'Mental health', 'free')).toBe('psychological-health');
    expect(found(assessment, 'Psykisk hälsa', 'free')).toBe('psychological-health');
    expect(found(assessment, 'Våld i nära relationer', 'choice')).toBe('partner-violence');
    expect(found(workFocused, 'Domestic abuse', 'choice')).toBe('safety-at-home');
    expect(found(workFocused, 'Vold i hjemmet', 'choice')).toBe('safety-at-home');
  });

  it('finds a question behind a topic or section prefix', () => {
    expect(found(assessment, 'Close relationships: has someone at home hurt, threatened or controlled you?', 'choice')).toBe('partner-violence');
    expect(found(assessment, 'Alcohol – how frequently?', 'choice')).toBe('alcohol');
    expect(found(assessment, 'Mental health — how have you been lately?', 'free')).toBe('psychological-health');
  });

  it('gives a look-alike no safety item', () => {
    for (const label of ["Spouse's name", 'Address of your home', 'Do you drink tea?', 'Alcohol-free weeks', 'Health card number', 'Date of the last drink', 'Makens namn', 'Hemadress och postnummer']) {
      expect(found(assessment, label, 'free'), label).toBeNull();
    }
    expect(found(workFocused, "Partner's date of birth", 'free')).toBeNull();
    expect(found(workFocused, 'Adresse der du bor', 'free')).toBeNull();
  });

  it('gives a topic only to a field whose answer form fits its item, and not to another question on the topic', () => {
    // alcohol is answered by choosing (it declares options): a free-text field near its topic is not it
    expect(found(assessment, 'Alcohol habits', 'choice')).toBe('alcohol');
    expect(found(assessment, 'Alcohol habits', 'free')).toBeNull();
    // another item's word ("treatment", "children") is evidence against a topic it is not in
    expect(found(assessment, 'Mental health treatment', 'free')).not.toBe('psychological-health');
    expect(found(assessment, 'Did the children see violence at home?', 'choice')).not.toBe('partner-violence');
  });

  it('gives an item to the field that resembles it best when two do', () => {
    const hit = (label: string, field: { controls: string[]; order: number }) => {
      const match = matchQuestionText(createMatchMemo(), assessment, label, 'choice');
      if (!match) throw new Error(label);
      return { field, hits: [{ item: match.item, rank: RULE_RANK['label-approximate'], score: match.score, from: label }] };
    };
    const summary = { controls: ['summary'], order: 0 };
    const real = { controls: ['real'], order: 1 };
    const claims = resolveClaims([
      hit('Safety at home – summary of what the client said', summary),
      hit('Do you feel safe where you live?', real),
    ]);
    const safe = assessment.pack.items.findIndex((item) => item.id === 'safe-at-home');
    expect(claims.find((c) => c.item === safe)?.field).toBe(real);
  });
});

describe('synonym classes', () => {
  it('reads each phrase of a class as the class, the longest phrase first', () => {
    expect(matchWords('has anyone you live with hurt you')).toEqual(['has', '~household', '~hurt', 'you']);
    expect(matchWords('do you feel safe where you live')).toEqual(['do', 'you', 'feel', '~safe', '~home']);
    expect(matchWords('housing situation')).toEqual(['housing', 'situation']);
  });
});
