/**
 * The open/closed classifier on labelled question sets, as `npm run eval:questions` measures it:
 * - AnnoMI counsellor questions (shared/data/annomi-questions-dev.tsv, not in the repository:
 *   point ANNOMI_TSV at it, or it is looked for at /work/shared/data). A single expert agrees
 *   with the majority about 87% of the time there, so that is roughly the ceiling.
 * - Our Swedish and Norwegian adviser questions (tests/data): questions-sv-nb.tsv was written
 *   before the Swedish and Norwegian rules were tuned and tuned on; questions-sv-nb-aside.tsv
 *   was never tuned on; questions-sv-nb-meeting.tsv and questions-sv-nb-spoken.tsv were written
 *   before the second round of rules and only measured (the spoken set's first score, 0.933,
 *   is its honest one: three of its four misses were kinds that round then fixed).
 * - Our en/sv/nb adviser questions written before a round was run on them: questions-en-sv-nb-unseen.tsv
 *   scored 0.887 when first run (0.984 after the round of proposals, "vad … för" picks, work asked and
 *   "see yourself", which it was partly tuned on); questions-en-sv-nb-unseen2.tsv was written
 *   after that round was coded and before it was run: 0.875 on the rules before the round, 1.000 after.
 * - questions-en-sv-nb-unseen3.tsv (50) was written after the round of joined questions, relative "which", quoted
 *   speech, willingness and English picks was coded, before it was run, and leans on those kinds: 0.70 on the rules
 *   before the round, 0.98 after (its one miss, "What school does your youngest go to?", then fixed: a noun subject).
 * - questions-en-sv-nb-unseen4.tsv (48) was written after the round of wishes to hear about a topic, data asked by an
 *   invitation, "say a little about", "where do we go from here", "any idea why" and sums of money was coded, before it
 *   was run, and leans on those kinds: 0.438 on the rules before the round, 0.917 when first run, 1.000 after its four
 *   misses (a datum noun four words in, "för mig" after it, sv "hur lång", nb "hvor lang") were fixed.
 * - questions-en-sv-nb-unseen5.tsv (54) was written before the round of polite requests to tell ("Would you mind filling me
 *   in…"), being taken through something, "where you are with it", amount superlatives, "what kind of" a thing and not-knowing
 *   frames was coded, and leans on those kinds: 0.463 on the rules before the round, 0.963 after (its two misses are left:
 *   a reflection after an open question, which AnnoMI's labels let decide the turn, and nb "hvor du er i tankene om…").
 * - questions-en-sv-nb-unseen6.tsv (48) was written after that round was coded, before it was run, mixing its kinds with
 *   ordinary questions: 0.583 on the rules before the round, 0.979 when first run, 1.000 after its one miss ("Where are you
 *   now with…": "now" inside a stance phrase) was fixed.
 * - questions-en-sv-nb-practice-trial.tsv (33) was written after the round of the practice trial's kinds (ratings asked with
 *   "how" and sv "bedömer", nb "vurderer" a prospect, "Tell me," before a yes/no question, sv/nb "något"/"noe" as subject)
 *   was coded, before it was run on it: 0.606 on the rules before the round (closed recall 0.435), 1.000 when first run.
 * - questions-en-sv-nb-adviser-kinds.tsv (111) was written before the round of an outside writer's six kinds was coded (a view tag
 *   after a question-word question, feelings asked with "How do/would you feel about…", wondering whether the client did
 *   something, asking whether the client would like to tell, a choice between named alternatives, a kind or the people in the
 *   client's life asked with a wish), each with look-alikes: 0.586 on the rules before the round (closed recall 0.660), 0.928
 *   after (closed recall 1.000), 0.937 once sv "Vill du säga…", nb "Vil du si…" were read as requests. Its seven misses are
 *   wish-to-tell rows ("Do you feel like telling me…", "Har du lust att berätta…", "Skulle du vilja berätta…"), whose kind is
 *   held back because AnnoMI's labels and questions-en-sv-nb-unseen4.tsv read that form as yes/no.
 * - questions-en-sv-nb-unseen7.tsv (150) was written by a writer who saw neither the rules nor their data, as ordinary
 *   adviser questions with no slant toward a round's kinds: 0.967 when first run (closed recall 0.960), 1.000 after its
 *   five misses, three kinds, were fixed (a datum after a longer noun, "your national insurance number"; sv/nb "Hjälp mig att
 *   förstå…", "Hjelp meg å forstå…" as invitations; a name asked, "vad din handläggare heter").
 * - questions-en-sv-nb-unseen8.tsv (150) was written by another writer who saw neither, as spoken adviser talk, after that
 *   round: 0.987 when first run (closed recall 0.973), 1.000 after its two misses, one kind, were fixed (alternatives named
 *   first, "Telefon eller brev, vad passar dig bäst?").
 * The floors are the measured figures rounded down, so a change that makes it worse fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQuestions, readQuestionsTsv } from './question-eval';
import { questionForm } from './question-form';

const ANNOMI = process.env.ANNOMI_TSV ?? '/work/shared/data/annomi-questions-dev.tsv';
const DATA = resolve(import.meta.dirname, '../tests/data');

function measure(path: string) {
  const { questions, problems } = readQuestionsTsv(readFileSync(path, 'utf8'));
  expect(problems).toEqual([]);
  const evaluation = evaluateQuestions(questions, questionForm);
  console.log(`${path}: accuracy ${evaluation.accuracy.toFixed(3)}, closed recall ${evaluation.recall.closed.toFixed(3)}, open recall ${evaluation.recall.open.toFixed(3)} (${evaluation.total})`);
  return evaluation;
}

describe.skipIf(!existsSync(ANNOMI))('question form on AnnoMI', () => {
  it('classifies counsellor questions well above chance and lets few closed ones pass as open', () => {
    const evaluation = measure(ANNOMI);
    // Majority class ("open") alone scores 55.8%; the rules before sentence kinds scored 78.5% with closed recall 77%,
    // sentence kinds 80.5% and 86.7%; next 81.1% and 88.6%; proposals, picks and alternatives 81.4% and 89.4%;
    // joined questions, relative "which", quoted speech, willingness, English picks and "start by telling" 82.3% and 90.5%;
    // wishes to hear, data asked by an invitation, "Do you wanna tell me…?" and others 82.4% and 90.8%; polite requests
    // to tell, "where you are with it", amount superlatives, "what kind of", not-knowing frames, polite conditions and
    // "how much" a thing weighs 83.2% and 91.1%.
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(evaluation.recall.closed).toBeGreaterThanOrEqual(0.9);
  });
});

describe('question form on our own adviser questions (Swedish, Norwegian, English)', () => {
  it.each([
    'questions-sv-nb.tsv',
    'questions-sv-nb-aside.tsv',
    'questions-sv-nb-meeting.tsv',
    'questions-sv-nb-spoken.tsv',
    'questions-en-sv-nb-unseen.tsv',
    'questions-en-sv-nb-unseen2.tsv',
    'questions-en-sv-nb-unseen3.tsv',
    'questions-en-sv-nb-unseen4.tsv',
    'questions-en-sv-nb-unseen5.tsv',
    'questions-en-sv-nb-unseen6.tsv',
    'questions-en-sv-nb-unseen7.tsv',
    'questions-en-sv-nb-unseen8.tsv',
    'questions-en-sv-nb-practice-trial.tsv',
    'questions-en-sv-nb-adviser-kinds.tsv',
  ])('%s', (name) => {
    const evaluation = measure(resolve(DATA, name));
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.recall.closed).toBeGreaterThanOrEqual(0.85);
  });
});
