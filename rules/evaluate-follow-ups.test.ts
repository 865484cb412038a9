import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, CompiledCondition, CompiledItem, CompiledPack, Severity } from './compiled-pack';
import { compilePack } from './compile-pack';
import { compilePhrase } from './compile-phrase';
import { answerIsEmpty, evaluateFollowUps, indexingWork } from './evaluate-follow-ups';
import { loadPack } from './load-pack';
import { AnswerAnalysis } from './match/answer-analysis';
import { PhraseIndex } from './match/phrase-index';

function item(...conditions: CompiledCondition[]): CompiledItem {
  return withSeverity('info', ...conditions);
}

function withSeverity(severity: Severity, ...conditions: CompiledCondition[]): CompiledItem {
  return {
    id: 'q',
    sectionId: 's',
    question: { en: 'Q' },
    required: false,
    sensitivity: 'sensitive',
    locators: { selectors: [], namePatterns: [], labels: [] },
    rewordings: [],
    followUps: conditions.map((when, i) => ({ id: `f${i}`, when, severity, prompt: { en: 'P' }, resources: [], nextSteps: [] })),
  };
}

const answer = (text: string, options: string[] = [], number?: number): AnswerValue => ({ text, options, number });
const phrases = (...raw: string[]) =>
  raw.map((p) => {
    const [language, text] = p.includes(':') ? (p.split(':') as [string, string]) : ['en', p];
    const compiled = compilePhrase(text, language);
    if (!compiled.ok) throw new Error(compiled.message);
    return compiled.phrase;
  });
const ids = (it: CompiledItem, a: AnswerValue, pack: Pick<CompiledPack, 'concepts'> = {}) => evaluateFollowUps(pack, it, a).map((f) => f.followUp.id);
const fired = (it: CompiledItem, text: string, pack: Pick<CompiledPack, 'concepts'> = {}) =>
  evaluateFollowUps(pack, it, answer(text)).map((f) => `${f.followUp.id}:${f.severity}`);

describe('answerIsEmpty', () => {
  it.each([
    [answer(''), true],
    [answer('   \n'), true],
    [answer('', ['yes']), false],
    [answer('', [], 0), false],
    [{ text: '', options: [], positions: [2] }, false],
    [answer('x'), false],
  ])('%j → %s', (a, expected) => expect(answerIsEmpty(a)).toBe(expected));
});

describe('evaluateFollowUps: options, numbers, combinations', () => {
  it('brings up nothing for an empty answer, even for "any answer"', () => {
    expect(ids(item({ kind: 'any-answer' }), answer(' '))).toEqual([]);
    expect(ids(item({ kind: 'any-answer' }), answer('fine'))).toEqual(['f0']);
  });

  it('compares options with normalised values and labels, and with positions', () => {
    const it1 = item({ kind: 'option-in', values: ['yes', 'ja', 'prefer not to say'], positions: [4] });
    expect(ids(it1, answer('', ['yes']))).toEqual(['f0']);
    expect(ids(it1, answer('', ['Ja']))).toEqual(['f0']);
    expect(ids(it1, answer('', ['Prefer not to say']))).toEqual(['f0']);
    expect(ids(it1, answer('', ['no']))).toEqual([]);
    expect(ids(it1, { text: 'Vill inte svara', options: ['vill inte svara'], positions: [4] })).toEqual(['f0']);
    expect(ids(it1, { text: 'Nej', options: ['nej'], positions: [2] })).toEqual([]);
  });

  it('checks number ranges inclusively, from answer.number or a plain numeric text', () => {
    const it1 = item({ kind: 'number-range', min: 1, max: 2 });
    expect(ids(it1, answer('', [], 2))).toEqual(['f0']);
    expect(ids(it1, answer('', [], 3))).toEqual([]);
    expect(ids(it1, answer('1,5'))).toEqual(['f0']);
    expect(ids(it1, answer('about 1'))).toEqual([]);
    expect(ids(item({ kind: 'number-range', min: 4 }), answer('', [], 9))).toEqual(['f0']);
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
});

describe('evaluateFollowUps: phrases the way people write', () => {
  const critical = (...raw: string[]) => withSeverity('critical', { kind: 'text-contains', phrases: phrases(...raw) });

  it('finds phrases ignoring case, accents and punctuation, in order only', () => {
    const it1 = critical('kill myself', 'suicid*', 'sv:självmord*');
    expect(ids(it1, answer("I've tried to KILL. Myself three times"))).toEqual([]); // a sentence lies between
    expect(ids(it1, answer('I tried to kill myself three times'))).toEqual(['f0']);
    expect(ids(it1, answer('Suicidal thoughts, sometimes'))).toEqual(['f0']);
    expect(ids(it1, answer('Jag har försökt ta självmord.'))).toEqual(['f0']);
    expect(ids(it1, answer('I would never kill anyone, myself included'))).toEqual([]);
    expect(ids(it1, answer('myself'))).toEqual([]);
  });

  it('reads any person: "kill myself" finds himself, sv "ta mitt liv" finds "sitt", nb "livet mitt" finds "sitt"', () => {
    expect(fired(critical('kill myself'), 'he wants to kill himself')).toEqual(['f0:critical']);
    expect(fired(critical('kill myself'), 'they might kill themselves')).toEqual(['f0:critical']);
    expect(fired(critical('kill myself'), 'he wants to kill him')).toEqual([]);
    expect(fired(critical('sv:ta mitt liv'), 'hon vill ta sitt liv')).toEqual(['f0:critical']);
    expect(fired(critical('nb:ta livet mitt'), 'han vil ta livet sitt')).toEqual(['f0:critical']);
    expect(fired(critical('end my life'), 'She talked about ending her own life')).toEqual(['f0:critical']);
  });

  it('looks for a word given alone as itself, even when it is also a pronoun ("si" is nb "her")', () => {
    expect(fired(critical('si'), 'My mum passed away')).toEqual([]);
    expect(fired(critical('si'), 'reports SI with a plan')).toEqual(['f0:critical']);
  });

  it('reads inflections and compounds through the stemmer', () => {
    expect(fired(critical('sv:skada mig själv'), 'skadade mig själv')).toEqual(['f0:critical']);
    expect(fired(critical('nb:skade meg selv'), 'hun har skadet seg selv')).toEqual(['f0:critical']);
    expect(fired(critical('sv:självskada'), 'självskadebeteende sedan tonåren')).toEqual(['f0:critical']);
    expect(fired(critical('sv:missbruk'), 'alkoholmissbruket har ökat')).toEqual(['f0:critical']);
    expect(fired(critical('nb:helse*'), 'helsa er dårlig')).toEqual(['f0:critical']);
  });

  it('forgives one typo in a longer word, never in a short one', () => {
    expect(fired(critical('suicide'), 'thoughts of suicde')).toEqual(['f0:critical']);
    expect(fired(critical('overdose'), 'took an ovredose')).toEqual(['f0:critical']);
    expect(fired(critical('abused'), 'I was amused')).toEqual([]);
    expect(fired(critical('hit'), 'he hot it')).toEqual([]);
  });

  it('reads words run together or split, and dropped diacritics', () => {
    expect(fired(critical('kill myself'), 'I want to killmyself')).toEqual(['f0:critical']);
    expect(fired(critical('self-harm'), 'she self harmed last week')).toEqual(['f0:critical']);
    expect(fired(critical('sv:självmord'), 'tankar på sjalvmord')).toEqual(['f0:critical']);
    expect(fired(critical('sv:slår'), 'Han slår mig')).toEqual(['f0:critical']);
    expect(fired(critical('sv:får'), 'min far')).toEqual([]); // short words keep å
  });

  it('lets a speaker slip small words into a phrase', () => {
    expect(fired(critical('take my life'), 'thinking of taking my own life')).toEqual(['f0:critical']);
    expect(fired(critical('not want to live'), "I just don't really want to live")).toEqual(['f0:critical']);
  });

  it('reads "..." in a phrase as up to three words of any kind, within one sentence', () => {
    const thrown = critical('threw ... at me');
    expect(fired(thrown, 'He threw a chair at me')).toEqual(['f0:critical']);
    expect(fired(thrown, 'he threw at me')).toEqual(['f0:critical']);
    expect(fired(thrown, 'She threw the heavy old chair at her')).toEqual([]); // four words
    expect(fired(thrown, 'He threw it. At me he shouted')).toEqual([]);
    expect(compilePhrase('... at me')).toMatchObject({ ok: false, message: '"... at me": ... stands between two words' });
    expect(compilePhrase('threw ...')).toMatchObject({ ok: false });
  });

  it('keeps "pain*" from "painting" and "sick*" out of "sick of waiting"', () => {
    const health = item({ kind: 'text-contains', phrases: phrases('pain*', 'sick*') });
    expect(ids(health, answer('I do some painting'))).toEqual([]);
    expect(ids(health, answer('painful back'))).toEqual(['f0']);
    expect(ids(health, answer("I'm sick of waiting for the council"))).toEqual([]);
    expect(ids(health, answer('on sick leave since May'))).toEqual(['f0']);
    // A plain list (no language) is read with strict endings in every pack language.
    const plain = item({ kind: 'text-contains', phrases: ['en', 'sv', 'nb'].flatMap((l) => [compilePhrase('pain*', l, 'pain*', true)]).flatMap((r) => (r.ok ? [r.phrase] : [])) });
    expect(ids(plain, answer('painting the kitchen'))).toEqual([]);
  });
});

describe('evaluateFollowUps: negation', () => {
  const critical = withSeverity('critical', { kind: 'text-contains', phrases: phrases('suicidal', 'kill myself', 'sv:självmordstankar', 'sv:ta mitt liv', 'nb:ta livet av meg') });

  it.each([
    "I'm not suicidal",
    'I am NOT suicidal at all',
    'never tried to kill himself',
    'Suicidal thoughts: none.',
    'hon har inte självmordstankar',
    'Självmordstankar har hon inte',
    'hon har aldrig försökt ta sitt liv',
    'han har ikke prøvd å ta livet av seg',
  ])('%s → a quiet check-in, not the critical card', (text) => {
    expect(fired(critical, text)).toEqual(['f0:check-in']);
  });

  it.each([
    "Not suicidal now, but she tried to kill herself last year",
    "He isn't suicidal now but attempted last year, said he tried twice",
    'No one knows I want to kill myself',
    'Not only suicidal, she has a plan',
    'Thoughts of killing myself, no plan',
  ])('%s → still critical (a history after "but", a pseudo-negation, a new clause)', (text) => {
    expect(fired(critical, text)).toEqual(['f0:critical']);
  });

  it('does not treat a negation inside the phrase itself as negating it', () => {
    expect(fired(withSeverity('critical', { kind: 'text-contains', phrases: phrases('not want to live') }), "she doesn't want to live")).toEqual(['f0:critical']);
  });

  it.each(['info', 'warning'] as const)('gives a negated %s follow-up the quiet check-in, as it does a critical one', (severity) => {
    const followUp = withSeverity(severity, { kind: 'text-contains', phrases: phrases('criminal record', 'arrested', 'straffad') });
    expect(fired(followUp, 'No criminal record, never arrested.')).toEqual(['f0:check-in']);
    expect(fired(followUp, 'Inte tidigare straffad.')).toEqual(['f0:check-in']);
    expect(fired(followUp, 'He was arrested in May.')).toEqual([`f0:${severity}`]);
  });
});

describe('evaluateFollowUps: concepts', () => {
  const loaded = loadPack(readFileSync(resolve(__dirname, 'fixtures/mentions-pack.yaml'), 'utf8'), { fileName: 'mentions-pack.yaml' });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const compiled = compilePack(loaded.pack);
  const wellbeing = compiled.items[0]!;
  const why = (text: string) => evaluateFollowUps(compiled, wellbeing, answer(text));

  it.each([
    ["I keep thinking I'd rather just not be here", 'suicide'],
    ['jag orkar inte finnas längre', 'suicide'],
    ['She says she has thought of ending it', 'suicide'],
    ['hon vill ta sitt liv', 'suicide'],
    ['han har prøvd å ta livet av seg', 'suicide'],
    ['skadade mig själv', 'self-harm'],
    ['självskadebeteende', 'self-harm'],
    ['skadet meg selv', 'self-harm'],
    ['suicde', 'suicide'],
    ['killmyself', 'suicide'],
    ['sjalvmord', 'suicide'],
    ['she might walk into the sea', 'suicide'],
  ])('%s → critical, because of concept %s', (text, concept) => {
    const [hit] = why(text);
    expect(hit?.followUp.id).toBe('suicide-risk');
    expect(hit?.severity).toBe('critical');
    expect(hit?.reasons[0]).toMatchObject({ kind: 'concept', source: concept, negated: false });
  });

  it('says which words matched and that a mention was negated', () => {
    const [hit] = why("I'm not suicidal");
    expect(hit?.severity).toBe('check-in');
    expect(hit?.reasons[0]).toMatchObject({ kind: 'concept', source: 'suicide', words: 'suicidal', negated: true });
  });

  it("compiles only the concepts the pack mentions, with the pack's own words", () => {
    expect(Object.keys(compiled.concepts ?? {}).sort()).toEqual(['gambling', 'self-harm', 'suicide']);
    expect(compiled.concepts?.suicide?.some((p) => p.source === 'gå ut i havet')).toBe(true);
    expect(why('han sitter på nätet och spelar bort lönen').map((h) => h.followUp.id)).toEqual(['gambling']);
  });
});

describe('PhraseIndex: cost does not grow with the number of phrases', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `zq${i.toString(36)}word${i % 7}`);
  const text = 'She says she has thought of ending it, and the children saw everything when he came home drunk. '.repeat(5);

  it('tries the same phrases per answer with 10 or 1,000 unrelated entries', () => {
    const count = (n: number) => {
      const index = new PhraseIndex([...phrases('end it', 'children saw', 'drunk'), ...words(n).map((w) => phrases(w)[0]!)]);
      const work = { tried: 0 };
      const found = index.find(new AnswerAnalysis(text), work);
      return { tried: work.tried, found: found.length };
    };
    expect(count(1000)).toEqual(count(10));
  });

  /** 5,000 phrases, most sharing one of a few first words ("I", "she", "jag", "han", a pronoun, a `word*`). */
  const crowded = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const w = i.toString(36);
      return [`en:i feel zorbel${w}`, `en:she ... quimby${w} me`, `sv:jag vill tarnik${w}`, `sv:han slog* plosk${w}`, `en:never really wanted ${w}verd`][i % 5]!;
    });

  it('tries the same steps with 10 or 5,000 phrases sharing first words', () => {
    const count = (n: number) => {
      const index = new PhraseIndex(phrases('end it', 'i feel hopeless', 'sv:jag vill dö', ...crowded(n)));
      const work = { tried: 0 };
      const found = index.find(new AnswerAnalysis(`${text} I feel hopeless, I feel nothing. Jag vill dö, jag vill inte. Han slog mig.`), work);
      return { tried: work.tried, found: found.map((m) => m.phrase.source) };
    };
    expect(count(5000)).toEqual(count(10));
  });

  it('finds with shared first words exactly what each phrase finds alone (fillers, gaps, prefixes, compounds, typos)', () => {
    const list = phrases(
      ...crowded(200), 'i feel hopeless', 'i feel ... trapped', 'i want to die', 'i want* to disappear', 'she hit me', 'she hits* me', 'she threatened ... kill',
      'sv:jag vill dö', 'sv:jag vill inte leva', 'sv:jag har självmordstankar', 'sv:han slog mig', 'sv:han slår* mig', 'sv:han hotade ... döda', 'sv:ta sitt liv',
      'nb:jeg vil dø', 'nb:han slår meg', 'en:never really wanted 5verd', 'en:i feel zorbel1 now', 'en:i feel zorbel1 now completely',
    );
    const answers = [
      'I really feel hopeless and I just want to die. She hit me, she really hits me, she threatened to kill me.',
      'I feel so utterly trapped. I want to disappear. I wanted to disappear. I feel zorbel1 now, completely. I feel zorbel1 now completely.',
      'Jag vill bara dö. Ibland vill jag inte leva. Jag har självmordstankarna. Han slog ner mig, han slår mig, han hotade att döda mig. Hon vill ta sitt eget liv.',
      'Jeg vil bare dø. Nå slår han meg. Han slår meg. I feel hopelesss and she threatend to kill me. Never really wanted 5verd.',
      'I feel. Hopeless. She hit. Me. Jag vill. Dö.',
    ];
    const counts = answers.map((text) => {
      const analysis = new AnswerAnalysis(text);
      const key = (m: { phrase: { source: string }; start: number; end: number }) => `${m.phrase.source}@${m.start}-${m.end}`;
      const together = new PhraseIndex(list).find(analysis).map(key).sort();
      const alone = list.flatMap((phrase) => new PhraseIndex([phrase]).find(analysis).map(key)).sort();
      expect(together).toEqual(alone);
      return together.length;
    });
    // Every answer but the last finds several; in the last a sentence break splits every phrase.
    expect(counts.slice(0, -1).every((n) => n >= 3)).toBe(true);
    expect(counts.at(-1)).toBe(0);
  });

  it('reads a 50,000-character answer of emoji, mixed scripts and one-letter words without throwing', () => {
    const hostile = '😀 a b c Привет мир 自殺 '.repeat(2500) + 'kill myself';
    const it1 = withSeverity('critical', { kind: 'text-contains', phrases: phrases('kill myself', 'a b', 'sv:självmord*') });
    expect(hostile.length).toBeGreaterThan(50_000);
    expect(() => evaluateFollowUps({}, it1, answer(hostile))).not.toThrow();
    // Only the first 20,000 characters are read: the trailing phrase is past them.
    expect(fired(it1, hostile)).toEqual(['f0:critical']); // "a b" occurs early
  });
});

describe('indexingWork', () => {
  it('indexes a pack in small steps that can stop anywhere, and evaluation finishes the rest', () => {
    const loaded = loadPack(readFileSync(resolve(__dirname, 'fixtures/mentions-pack.yaml'), 'utf8'), { fileName: 'mentions-pack.yaml' });
    if (!loaded.ok) throw new Error('fixture');
    const compiled = compilePack(loaded.pack);
    const work = indexingWork(compiled);
    let steps = 1;
    while (work()) steps++;
    expect(steps).toBeGreaterThan(2); // idioms, the concepts' words in slices, the text list
    const half = indexingWork(compilePack(loaded.pack));
    half();
    const fresh = compilePack(loaded.pack);
    expect(evaluateFollowUps(fresh, fresh.items[0]!, answer('hon vill ta sitt liv')).map((h) => h.severity)).toEqual(['critical']);
  });
});
