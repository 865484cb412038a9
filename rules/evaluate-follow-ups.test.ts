import { describe, expect, it } from 'vitest';
import type { AnswerValue, CompiledCondition, CompiledItem } from './compiled-pack';
import { answerIsEmpty, matchingFollowUps } from './evaluate-follow-ups';
import { compilePhrase } from './compile-phrase';

function item(...conditions: CompiledCondition[]): CompiledItem {
  return {
    id: 'q',
    sectionId: 's',
    question: { en: 'Q' },
    required: false,
    sensitivity: 'sensitive',
    locators: { selectors: [], namePatterns: [], labels: [] },
    rewordings: [],
    followUps: conditions.map((when, i) => ({ id: `f${i}`, when, severity: 'info', prompt: { en: 'P' }, resources: [], nextSteps: [] })),
  };
}

const answer = (text: string, options: string[] = [], number?: number): AnswerValue => ({ text, options, number });
const phrases = (...raw: string[]) => raw.map((p) => {
  const compiled = compilePhrase(p);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.phrase;
});
const ids = (it: CompiledItem, a: AnswerValue) => matchingFollowUps(it, a).map((f) => f.id);

describe('answerIsEmpty', () => {
  it.each([
    [answer(''), true],
    [answer('   \n'), true],
    [answer('', ['yes']), false],
    [answer('', [], 0), false],
    [answer('x'), false],
  ])('%j → %s', (a, expected) => expect(answerIsEmpty(a)).toBe(expected));
});

describe('matchingFollowUps', () => {
  it('brings up nothing for an empty answer, even for "any answer"', () => {
    expect(ids(item({ kind: 'any-answer' }), answer(' '))).toEqual([]);
    expect(ids(item({ kind: 'any-answer' }), answer('fine'))).toEqual(['f0']);
  });

  it('compares options with normalised values and labels', () => {
    const it1 = item({ kind: 'option-in', values: ['yes', 'prefer not to say'] });
    expect(ids(it1, answer('', ['yes']))).toEqual(['f0']);
    expect(ids(it1, answer('', ['Prefer not to say']))).toEqual(['f0']);
    expect(ids(it1, answer('', ['no']))).toEqual([]);
  });

  it('checks number ranges inclusively, from answer.number or a plain numeric text', () => {
    const it1 = item({ kind: 'number-range', min: 1, max: 2 });
    expect(ids(it1, answer('', [], 2))).toEqual(['f0']);
    expect(ids(it1, answer('', [], 3))).toEqual([]);
    expect(ids(it1, answer('1,5'))).toEqual(['f0']);
    expect(ids(it1, answer('about 1'))).toEqual([]);
    expect(ids(item({ kind: 'number-range', min: 4 }), answer('', [], 9))).toEqual(['f0']);
  });

  it('finds words and phrases as consecutive tokens, ignoring case, accents and punctuation', () => {
    const it1 = item({ kind: 'text-contains', phrases: phrases('kill myself', 'suicid*', 'självmord*') });
    expect(ids(it1, answer("I've tried to KILL. Myself three times"))).toEqual(['f0']);
    expect(ids(it1, answer('Suicidal thoughts, sometimes'))).toEqual(['f0']);
    expect(ids(it1, answer('Jag har försökt ta självmord.'))).toEqual(['f0']);
    expect(ids(it1, answer('I would never kill anyone, myself included'))).toEqual([]);
    expect(ids(it1, answer('myself'))).toEqual([]);
  });

  it('keeps Nordic letters distinct (får is not far)', () => {
    const it1 = item({ kind: 'text-contains', phrases: phrases('slår') });
    expect(ids(it1, answer('Han slår mig'))).toEqual(['f0']);
    expect(ids(it1, answer('Han slar mig'))).toEqual([]);
  });

  it('treats a leading number in an answer as content, not numbering', () => {
    const it1 = item({ kind: 'text-contains', phrases: phrases('3 times') });
    expect(ids(it1, answer('3 times this year'))).toEqual(['f0']);
  });

  it('combines conditions with all and any', () => {
    const both = item({
      kind: 'all',
      of: [
        { kind: 'option-in', values: ['yes'] },
        { kind: 'any', of: [{ kind: 'text-contains', phrases: phrases('children') }, { kind: 'number-range', max: 0 }] },
      ],
    });
    expect(ids(both, answer('the children saw it', ['yes']))).toEqual(['f0']);
    expect(ids(both, answer('the children saw it', ['no']))).toEqual([]);
    expect(ids(both, answer('nobody', ['yes']))).toEqual([]);
  });

  it('returns every matching follow-up in pack order', () => {
    const it1 = item({ kind: 'any-answer' }, { kind: 'text-contains', phrases: phrases('nothing') }, { kind: 'text-contains', phrases: phrases('help') });
    expect(ids(it1, answer('I need help'))).toEqual(['f0', 'f2']);
  });

  it('stays linear on long, repetitive answers', () => {
    const it1 = item({ kind: 'text-contains', phrases: phrases('a a a a a a a b', 'aab*') });
    const long = 'a '.repeat(10_000);
    const started = performance.now();
    expect(ids(it1, answer(long))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
