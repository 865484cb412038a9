/**
 * The child referent gate (ConceptCues.referents) reads a child named only by a name and an age, and no child in an
 * adult's age or in a word that only begins like a child's. In a field whose question names no child (the
 * work-focused interview's barriers item), "Jayden (7) saw him hit me" raises the children-exposed card, "He hit me
 * in front of my mum (67)" and "Are you kidding? He hits me" do not (the violence card still comes). Sentences of our
 * own, en, sv and nb; the larger set is tests/data/child-referent-ages.tsv (tests/eval/eval-child-referent.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../compile-pack';
import type { CompiledPack } from '../compiled-pack';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { loadPack } from '../load-pack';
import { AnswerAnalysis } from './answer-analysis';
import { readAnswer } from './answer-words';
import { minorAgeSpans } from './minor-age';
import { namesAsNoun } from './noun-forms';

const loaded = loadPack(readFileSync(join(__dirname, '..', 'packs', 'work-focused-interview.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('work-focused-interview.yaml does not load');
const pack: CompiledPack = compilePack(loaded.pack);
const barriers = pack.items.find((item) => item.id === 'barriers')!;
const critical = (text: string) => evaluateFollowUps(pack, barriers, { text, options: [] }).filter((hit) => hit.severity === 'critical').map((hit) => hit.followUp.id);
const childCard = (text: string) => critical(text).includes('children-exposed');

describe('a child named only by a name and an age opens the gate', () => {
  const byAge = [
    'Jayden (7) saw it.',
    'He slammed me against the fridge and Maisie (8) saw it.',
    'He punched me while Zac, 10, was upstairs crying.',
    'He hit me again and my 6-year-old heard it.',
    'My partner kicked me and our two-year-old was in my arms.',
    'He threw me on the floor, the 9 yo hid in the bathroom.',
    'He hit me. Harry, aged 12, tried to stop him.',
    'Han slog mig i hallen och Ebba (9) hörde det.',
    'Han knuffade mig, Vincent, 6 år, såg allt.',
    'Han slog mig och nioåringen gömde sig i garderoben.',
    'Tolvåringen ställde sig framför mig när han slog mig.',
    'Han slo meg hardt, og Ingrid (12) hørte det.',
    'Han slo meg, og Magnus på 8 gjemte seg under senga.',
    'Han dyttet meg, og fireåringen gråt og var livredd ham.',
    'Han truet med å drepe meg mens 14-åringen sto og så på.',
    'Han ristet meg mens lille Aksel (5 mnd) lå på armen min.',
  ];

  it('raises the children-exposed card in a field whose question names no child, en, sv and nb', () => {
    expect(byAge.filter((text) => !childCard(text))).toEqual([]);
  });

  it('reads the ages themselves: digits or words, in brackets or apposition, -year-old, -åring, på N', () => {
    const spans = (text: string) => minorAgeSpans(new AnswerAnalysis(text)).length;
    for (const text of ['Jayden (7) saw', 'Mia, 4 år, var hemma', 'Noah på 6 hørte alt', 'my 7-year-old', 'sjuåringen såg allt',
      'hennes treåring', 'the twins (3)', 'our seven year old', 'the 8 yo', 'Leo, aged 6', 'vår 5-åring', 'femtonåringen',
      'tiåringen', 'Ella är 3 år gammal', 'Lukas er bare 8 år gammel', 'the baby (8 months)', 'Selma på 9 år', 'Noor, 7.']) {
      expect(spans(text), text).toBe(1);
    }
  });
});

describe('an adult with an age, and a word that only begins like a child\'s, name no child', () => {
  const noChild = [
    'He hit me in front of my mum (67).',
    'He slaps me and my 58-year-old dad saw it.',
    'Are you kidding? He hits me all the time.',
    'He kidded me it would stop, then he hit me again.',
    'He has been hitting me for 8 years.',
    'I am taking baby steps away from him, he still hits me.',
    'Sambon, 41, slog mig i fredags.',
    'Han slår mig och är barnslig när han förlorar.',
    'I min barndom slogs jag, nu slår min man mig.',
    'Vi är barnlösa och han slår mig när han dricker.',
    'Femtioåringen på bussen såg när han slog mig.',
    'Han har slagit mig i 6 år.',
    'Han slo meg i barndommen, og nå slår han meg igjen.',
    'Vi er barnløse, men han slår meg når han drikker.',
    'Mannen på 52 slo meg i går.',
    'Jeg har ikke sett ham på 4 år, men han truet meg i går.',
    'Han slår meg, og mora mi (70) hørte det.',
    'Syttiåringen i oppgangen hørte at han slo meg.',
  ];

  it('raise no children-exposed card in that field, and still the violence card', () => {
    expect(noChild.filter((text) => childCard(text))).toEqual([]);
    expect(noChild.filter((text) => !critical(text).includes('violence-mentioned'))).toEqual([]);
  });

  it('give no span of a minor\'s age: adults, durations, counts, times of day', () => {
    const spans = (text: string) => minorAgeSpans(new AnswerAnalysis(text)).length;
    for (const text of ['my mum (67)', 'sambon, 34, slog', 'my 70-year-old dad', 'fyrtioåringen', 'førtiåringen', 'hennes 40-åriga sambo',
      'for 6 years', 'i 5 år', 'ham på 6 år', 'Han slog mig, 3 gånger', 'at 3 in the morning', 'strangled me twice (2)',
      'I was with him, 4 years.', 'Kari, 38 år, hørte', 'på 6 måneder', 'in 2021']) {
      expect(spans(text), text).toBe(0);
    }
  });

  it('reads a child word as a noun: its inflections and the last part of a compound, not a word it only begins', () => {
    const kid = { w: 'kid', s: 'kid' };
    const barn = { w: 'barn', s: 'barn' };
    const word = (text: string) => readAnswer(text)[0]!;
    expect(['kid', 'kids'].map((text) => namesAsNoun(word(text), kid, 'en'))).toEqual([true, true]);
    expect(['kidding', 'kidded'].map((text) => namesAsNoun(word(text), kid, 'en'))).toEqual([false, false]);
    expect(['barnen', 'barnens', 'bonusbarnen', 'barnbarnet'].map((text) => namesAsNoun(word(text), barn, 'sv'))).toEqual([true, true, true, true]);
    expect(['barndom', 'barnslig', 'barnlösa', 'barnmorskan'].map((text) => namesAsNoun(word(text), barn, 'sv'))).toEqual([false, false, false, false]);
  });

  it('reads nb "barnevernet" as a service for a child of the family (a decision: the agency is there for a child)', () => {
    expect(childCard('Barnevernet er koblet inn fordi han slår meg.')).toBe(true);
  });
});
