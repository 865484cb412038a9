import { describe, expect, it } from 'vitest';
import type { AnswerValue, CompiledItem, CompiledPack } from './compiled-pack';
import { answerIsEmpty, evaluateFollowUps } from './evaluate-follow-ups';
import { compileDefaultPacks } from './install-default-packs';
import { onOffAnswer } from './on-off-answer';

const { packs } = compileDefaultPacks();
const social = packs.find((p) => p.id === 'adviser-coach.social-assistance-ia') as CompiledPack;
const work = packs.find((p) => p.id === 'adviser-coach.work-focused-interview') as CompiledPack;
const itemOf = (pack: CompiledPack, id: string) => pack.items.find((i) => i.id === id) as CompiledItem;
const switched = (on: boolean): AnswerValue => ({ text: '', options: [], switchedOn: on });
const fired = (pack: CompiledPack, id: string, answer: AnswerValue) =>
  evaluateFollowUps(pack, itemOf(pack, id), answer).map((hit) => `${hit.followUp.id}:${hit.severity}`);

describe('a lone on/off control on a yes/no item', () => {
  it('reads on as the declared Yes option and off as No, in every language the item gives', () => {
    const item = { options: [{ en: 'Yes', sv: 'Ja' }, { en: 'No', sv: 'Nej' }, { en: 'Prefer not to say', sv: 'Vill inte svara' }] };
    expect(onOffAnswer(item, switched(true))).toMatchObject({ text: 'Yes', options: expect.arrayContaining(['yes', 'ja']) });
    expect(onOffAnswer(item, switched(false))).toMatchObject({ text: 'No', options: expect.arrayContaining(['no', 'nej']) });
    expect(onOffAnswer({ options: [{ en: 'No', nb: 'Nei' }, { en: 'Yes', nb: 'Ja' }] }, switched(true)).options).toEqual(expect.arrayContaining(['yes', 'ja']));
    // No options declared: the bare words.
    expect(onOffAnswer({}, switched(false)).options).toEqual(['no', 'nej', 'nei']);
    // Any other answer is left as it is.
    const typed = { text: 'Yes, last year', options: [] };
    expect(onOffAnswer(item, typed)).toBe(typed);
  });

  it('brings the same follow-ups as choosing Yes or No from the default packs\' options', () => {
    expect(fired(social, 'partner-violence', switched(true))).toEqual(['violence-disclosed:critical']);
    expect(fired(social, 'probation', switched(true))).toEqual(['coordinate-probation:info']);
    expect(fired(social, 'probation', switched(false))).toEqual([]);
    expect(fired(social, 'safe-at-home', switched(true))).toEqual([]);
    expect(fired(social, 'safe-at-home', switched(false))).toEqual(['unsafe-at-home:critical']);
    expect(fired(work, 'criminal-record', switched(true))).toEqual(['record-plan:info']);
    expect(fired(work, 'safety-at-home', switched(true))).toEqual(['violence-disclosed:critical']);
  });

  it('is an answer either way (whether an untouched off counts is the content script\'s call)', () => {
    expect(answerIsEmpty(switched(false))).toBe(false);
    expect(answerIsEmpty(switched(true))).toBe(false);
  });
});
