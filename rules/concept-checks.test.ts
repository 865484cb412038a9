/**
 * What the validator and the linter say about concepts, the pack's own
 * lexicon, example answers and option labels, including the bad input a pack
 * may hold: one-letter words, over-long word lists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { compilePack } from './compile-pack';
import { evaluateFollowUps } from './evaluate-follow-ups';
import { lintPack } from './lint-pack';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture = (): Mutable => parse(readFileSync(new URL('./fixtures/mentions-pack.yaml', import.meta.url), 'utf8'));
const errors = (pack: Mutable) => {
  const result = loadPack(stringify(pack), { fileName: 'p.yaml' });
  return result.ok ? [] : result.errors.map((e) => formatIssue({ ...e, line: undefined }));
};
const compiledOf = (pack: Mutable) => {
  const result = loadPack(stringify(pack));
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return compilePack(result.pack);
};
const warnings = (pack: Mutable, rule: string) => {
  const result = loadPack(stringify(pack), { fileName: 'p.yaml' });
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return lintPack(result.pack).filter((w) => w.rule === rule).map((w) => formatIssue(w));
};

describe('concepts and the pack lexicon', () => {
  it('refuses a mention of a concept that neither the lexicon nor the pack defines', () => {
    const pack = fixture();
    pack.items[0].followUps[0].when = { mentions: ['suicide', 'self-harn'] };
    expect(errors(pack)).toEqual([
      'items[0].followUps[0].when.mentions[1]: no concept "self-harn": use a built-in one (suicide, self-harm, domestic-violence, child-exposed-to-violence, substance-use, criminal-justice) or define it under lexicon',
    ]);
  });

  it('accepts a concept extended with 1,000 words, refuses 1,001 with a plain message', () => {
    const pack = fixture();
    pack.lexicon.suicide.en = Array.from({ length: 1000 }, (_, i) => `ownword${i.toString(36)} again`);
    expect(errors(pack)).toEqual([]);
    const compiled = compiledOf(pack);
    expect(evaluateFollowUps(compiled, compiled.items[0]!, { text: 'she said ownwordrr again', options: [] }).map((h) => h.severity)).toEqual(['critical']);
    pack.lexicon.suicide.en.push('one too many');
    expect(errors(pack)).toEqual([
      'lexicon.suicide.en: lists more than 1000 words or phrases; split the concept or keep the words that matter',
    ]);
    // All starting with the same word: the matcher's trie reads them together.
    pack.lexicon.suicide.en = Array.from({ length: 1000 }, (_, i) => `own word${i.toString(36)}`);
    expect(errors(pack)).toEqual([]);
  });

  it('does not look for one-letter words, and the linter says which it refused', () => {
    const pack = fixture();
    pack.lexicon.suicide.en.push('x');
    pack.items[0].followUps[1].when.text.en.push('a');
    expect(errors(pack)).toEqual([]);
    expect(warnings(pack, 'phrase-refused')).toEqual([
      'items[0].followUps[1].when.text.en[2]: refused: "a" is a one-letter word: it would match almost any answer, so it is not looked for',
      'lexicon.suicide.en[1]: refused: "x" is a one-letter word: it would match almost any answer, so it is not looked for',
    ]);
    const compiled = compiledOf(pack);
    expect(evaluateFollowUps(compiled, compiled.items[0]!, { text: 'x a', options: [] })).toEqual([]);
  });

  it('refuses lexicon words the matcher cannot read', () => {
    const pack = fixture();
    pack.lexicon.gambling.en.push('bet*ting');
    expect(errors(pack)).toEqual(['lexicon.gambling.en[3]: "bet*ting": * can only end a word']);
  });
});

describe('example answers', () => {
  it('need exactly one answer, a declared language and follow-ups the item has', () => {
    const pack = fixture();
    pack.items[0].examples = [
      { lang: 'en', text: 'x', number: 3, fires: ['suicide-risk'] },
      { lang: 'de', text: 'x' },
      { lang: 'en', text: 'x', fires: ['suicide-risks:critical'], notFires: ['nope'] },
      { lang: 'en' },
    ];
    expect(errors(pack)).toEqual([
      'items[0].examples[0]: gives text and number; an example is one answer: give exactly one',
      'items[0].examples[1].lang: language "de" is not in the pack\'s languages',
      'items[0].examples[2].fires[0]: item "wellbeing" has no follow-up "suicide-risks"',
      'items[0].examples[2].notFires[0]: item "wellbeing" has no follow-up "nope"',
      'items[0].examples[3]: needs the answer: text, option or number',
    ]);
  });

  it('name severities from a fixed list', () => {
    const pack = fixture();
    pack.items[0].examples = [{ lang: 'en', text: 'x', fires: ['suicide-risk:urgent'] }];
    expect(errors(pack)[0]).toMatch(/^items\[0\]\.examples\[0\]\.fires\[0\]: must be a follow-up id, optionally followed by ":info", ":warning", ":critical" or ":check-in"/);
  });
});

describe('option conditions in every language of the pack', () => {
  it('warns when an option is named in fewer languages than the pack declares; positions and numbers need none', () => {
    const pack = fixture();
    pack.items[1].followUps[0].when = { optionIn: ['No', { en: 'Never', sv: 'Aldrig' }, { position: 3 }, '2', { en: 'No', sv: 'Nej', nb: 'Nei' }] };
    expect(warnings(pack, 'option-label-missing-language')).toEqual([
      'items[1].followUps[0].when.optionIn[0]: option "No" has no label in sv, nb: a case system that shows its options in those languages will not match it; give the label per language ({ en: …, sv: …, nb: … }) or the option\'s { position: N }',
      'items[1].followUps[0].when.optionIn[1]: option "Never" has no label in nb: a case system that shows its options in that language will not match it; give the label per language ({ en: …, sv: …, nb: … }) or the option\'s { position: N }',
    ]);
  });
});
