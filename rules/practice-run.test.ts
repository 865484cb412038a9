import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile-pack';
import type { CompiledPack, CompiledScenario } from './compiled-pack';
import { loadPack } from './load-pack';
import { playTurn, startRun, summarizeRun, type PracticeRun, type RecordedFollowUp } from './practice-run';

function defaultPack(file: string): CompiledPack {
  const loaded = loadPack(readFileSync(new URL(`./packs/${file}`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('default pack does not load');
  return compilePack(loaded.pack);
}

const pack = defaultPack('social-assistance-initial-assessment.yaml');
const scenario = pack.scenarios!.find((s) => s.id === 'fifteen-years-sick-leave') as CompiledScenario;

function play(turns: [string, string][], recorded: RecordedFollowUp[] = [], language = 'en'): PracticeRun {
  let run = startRun(pack, scenario, language, 0);
  turns.forEach(([itemId, text], i) => {
    run = playTurn(run, pack, scenario, itemId, text, recorded, i + 1);
  });
  return run;
}

describe('a practice run', () => {
  it('answers an open question with the step\'s own answer, and a closed one without the why with its variant', () => {
    const open = play([['psychological-health', 'I ask everyone about this, because it affects what help fits. How have you been feeling lately?']]);
    expect(open.turns[0]!.reply).toEqual({ says: "Not good, to be honest. I've tried to take my own life three times since January.", value: 'Has tried to take her own life three times since January.' });
    expect(open.turns[0]!.feedback).toMatchObject({ asked: { form: 'open' }, why: 'offered' });

    const closed = play([['psychological-health', 'Are you OK psychologically?']]);
    expect(closed.turns[0]!.reply).toEqual({ says: "Fine. It's fine.", value: 'Says she is fine.', variant: 0 });
    expect(closed.turns[0]!.feedback).toMatchObject({ asked: { form: 'closed', kind: 'yes-no' }, why: 'not-offered' });
  });

  it('counts a reason said in an earlier turn at the same item, and plays in Swedish', () => {
    const run = play([
      ['psychological-health', 'Jag frågar alla om hur de mår.'],
      ['psychological-health', 'Hur har du mått den senaste tiden?'],
    ], [], 'sv');
    expect(run.turns[0]!.reply).toBeUndefined();
    expect(run.turns[0]!.feedback.asked).toBeUndefined();
    expect(run.turns[1]!.reply?.says).toBe('Inte bra, om jag ska vara ärlig. Jag har försökt ta livet av mig tre gånger sedan januari.');
    expect(run.turns[1]!.feedback.why).toBe('offered');
  });

  it('judges a turn with several sentences by its question', () => {
    const run = play([['household', 'That must have been a lot. Who lives with you?']]);
    expect(run.turns[0]!.feedback.asked).toMatchObject({ form: 'closed', kind: 'fact-question', sentence: 'Who lives with you?' });
  });

  it('reports the follow-up of the item left, once, on the turn that moves on', () => {
    const recorded: RecordedFollowUp[] = [
      { itemId: 'psychological-health', followUpId: 'suicide-risk', acknowledgedAt: 5, stepsDone: [1, 2] },
    ];
    const run = play([
      ['psychological-health', 'How have you been feeling?'],
      ['psychological-health', 'Thank you for telling me. Are you thinking about ending your life now?'],
      ['self-support-outlook', 'How do you see the coming months?'],
      ['support-needed', 'What would help you most right now?'],
    ], recorded);
    expect(run.turns[2]!.feedback.followUps).toEqual([
      { itemId: 'psychological-health', followUpId: 'suicide-risk', acknowledged: true, stepsDone: [1, 2], stepsTotal: 4, checkIn: false },
    ]);
    expect(run.turns[3]!.feedback.followUps).toEqual([]);
  });

  it('judges "ask it open" on the question the client answered, and says which: an open one after the answer does not make it met', () => {
    const closedFirst = summarizeRun(play([
      ['household', 'Do you live alone?'],
      ['household', 'Tell me about the people at home.'],
    ]), pack, scenario, [], 9);
    expect(closedFirst.steps.find((step) => step.itemId === 'household')!.goals.find((goal) => goal.goal === 'ask-open')).toEqual({ goal: 'ask-open', met: false, answered: 'Do you live alone?' });
    const openFirst = summarizeRun(play([['household', 'Tell me about the people at home.']]), pack, scenario, [], 9);
    expect(openFirst.steps.find((step) => step.itemId === 'household')!.goals.find((goal) => goal.goal === 'ask-open')).toEqual({ goal: 'ask-open', met: true, answered: 'Tell me about the people at home.' });
    // Nothing answered at a step: no question to name.
    expect(openFirst.steps.find((step) => step.itemId === 'sick-leave')!.goals.find((goal) => goal.goal === 'ask-open')).toEqual({ goal: 'ask-open', met: false });
  });

  it('sums up the goals met and missed, item by item, with the adviser\'s own words', () => {
    const recorded: RecordedFollowUp[] = [
      { itemId: 'psychological-health', followUpId: 'suicide-risk', acknowledgedAt: 5, stepsDone: [1] },
      { itemId: 'self-support-outlook', followUpId: 'low-outlook' },
    ];
    const run = play([
      ['household', 'Do you live alone?'],
      ['psychological-health', 'I ask everyone this. How are you feeling, in yourself?'],
      ['psychological-health', 'Thank you for telling me. That sounds really hard.'],
      ['self-support-outlook', 'Can you become self-supporting in three months?'],
      ['support-needed', 'What would help you most right now? Would you like me to book you a time with someone to talk to?'],
    ], recorded);
    const summary = summarizeRun(run, pack, scenario, recorded, 99);
    const goals = Object.fromEntries(summary.steps.map((step) => [step.itemId, step.goals.map((g) => `${g.goal}:${g.met ? 'met' : 'missed'}`)]));
    expect(goals).toEqual({
      household: ['ask-open:missed'],
      'sick-leave': ['ask-open:missed', 'reflect-before-next:missed'],
      'psychological-health': ['explain-why-first:met', 'ask-open:met', 'acknowledge:met'],
      'self-support-outlook': ['explain-why-first:missed', 'ask-open:missed', 'reflect-before-next:missed'],
      'support-needed': ['explicit-invitation:met'],
    });
    expect(summary.goalsMet).toBe(4);
    expect(summary.goalsMissed).toBe(6);
    expect(summary.steps.find((s) => s.itemId === 'psychological-health')!.words).toEqual([
      'I ask everyone this. How are you feeling, in yourself?',
      'Thank you for telling me. That sounds really hard.',
    ]);
    expect(summary.steps.find((s) => s.itemId === 'self-support-outlook')!.followUps).toEqual([
      { itemId: 'self-support-outlook', followUpId: 'low-outlook', acknowledged: false, stepsDone: [], stepsTotal: 0, checkIn: false },
    ]);
    expect(summary.steps.find((s) => s.itemId === 'sick-leave')!.asked).toBe(false);
  });

  it('gives no scripted answer to a question at an item the scenario has no step for, and leaves the steps\' answers for them', () => {
    expect(scenario.steps.some((step) => step.itemId === 'rent')).toBe(false);
    const run = play([
      ['rent', 'How much is your rent each month?'],
      ['psychological-health', 'I ask everyone about this, because it affects what help fits. How have you been feeling lately?'],
    ]);
    expect(run.turns[0]).toMatchObject({ itemId: 'rent', feedback: { asked: { form: 'closed' } } });
    expect(run.turns[0]!.reply).toBeUndefined();
    expect(run.turns[1]!.reply?.says).toBe("Not good, to be honest. I've tried to take my own life three times since January.");
  });

  it('sums up turns off the scenario apart, each with its feedback and follow-ups, counting toward no goal', () => {
    const recorded: RecordedFollowUp[] = [
      { itemId: 'debts', followUpId: 'debt-advice', acknowledgedAt: 4, stepsDone: [0] },
      { itemId: 'alcohol', followUpId: 'frequent-drinking' },
    ];
    const run = play([
      ['rent', 'How much is your rent each month?'],
      ['household', 'Who do you share your home with?'],
      ['debts', 'What do you owe, and to whom?'],
      ['rent', 'So the rent takes most of what comes in.'],
      ['support-needed', 'What would help you most right now?'],
    ], recorded);
    const summary = summarizeRun(run, pack, scenario, recorded, 99);
    expect(summary.steps.map((step) => step.itemId)).toEqual(scenario.steps.map((step) => step.itemId));
    expect(summary.offScript!.map((off) => [off.itemId, off.question, off.turns.map((turn) => turn.text), off.movedOn])).toEqual([
      ['rent', 'Monthly rent (SEK)', ['How much is your rent each month?', 'So the rent takes most of what comes in.'], true],
      ['debts', 'Do you have debts or payment arrears?', ['What do you owe, and to whom?'], true],
      // No word said there, but a follow-up came up at the field (an answer entered).
      ['alcohol', pack.items.find((item) => item.id === 'alcohol')!.question.en, [], false],
    ]);
    // Each turn keeps the feedback it had beside it.
    expect(summary.offScript![0]!.turns.map((turn) => turn.feedback)).toEqual([run.turns[0]!.feedback, run.turns[3]!.feedback]);
    expect(summary.offScript![0]!.turns[0]!.feedback.asked).toMatchObject({ form: 'closed' });
    expect(summary.offScript![1]!.followUps).toEqual([{ itemId: 'debts', followUpId: 'debt-advice', acknowledged: true, stepsDone: [0], stepsTotal: expect.any(Number), checkIn: false }]);
    expect(summary.offScript![2]!.followUps.map((f) => f.followUpId)).toEqual(['frequent-drinking']);
    // Goals are the scenario's alone: what is the same run without the off-script turns.
    const onScript = summarizeRun(play([['household', 'Who do you share your home with?'], ['support-needed', 'What would help you most right now?']]), pack, scenario, [], 99);
    expect([summary.goalsMet, summary.goalsMissed]).toEqual([onScript.goalsMet, onScript.goalsMissed]);
    expect(summary.goalsMet + summary.goalsMissed).toBe(scenario.steps.flatMap((step) => step.goals).length);
  });

  it('tells a follow-up passed over from one still waiting where the session ended', () => {
    const recorded: RecordedFollowUp[] = [
      { itemId: 'sick-leave', followUpId: 'sick-leave-road-back' },
      { itemId: 'self-support-outlook', followUpId: 'low-outlook' },
    ];
    const run = play([
      ['sick-leave', 'How has your health affected your work?'],
      ['self-support-outlook', 'Can you become self-supporting in three months?'],
    ], recorded);
    const summary = summarizeRun(run, pack, scenario, recorded, 99);
    const movedOn = Object.fromEntries(summary.steps.map((step) => [step.itemId, step.movedOn]));
    expect(movedOn).toMatchObject({ 'sick-leave': true, 'self-support-outlook': false, household: false });
  });
});

describe('a relative interprets the violence question (Samira)', () => {
  const samira = pack.scenarios!.find((s) => s.id === 'relative-interprets') as CompiledScenario;
  const playSamira = (turns: [string, string][], language = 'en') => {
    let run = startRun(pack, samira, language, 0);
    turns.forEach(([itemId, text], i) => {
      run = playTurn(run, pack, samira, itemId, text, [], i + 1);
    });
    const step = summarizeRun(run, pack, samira, [], 99).steps.find((each) => each.itemId === 'partner-violence')!;
    return { run, goals: step.goals, step };
  };

  it.each([
    ['en', 'Could I speak with Samira on her own for a moment?'],
    ['en', 'I would like to leave these questions for today and book a meeting with Samira and a professional interpreter. Is that okay?'],
    ['en', 'We will come back to these questions at a separate meeting, with an interpreter we book.'],
    ['sv', 'Får jag prata med Samira enskilt en stund?'],
    ['sv', 'De här frågorna tar vi vid ett eget möte med en professionell tolk. Går det bra?'],
  ])('meets the goal when the question waits for a safe setting (%s) %s', (language, text) => {
    const { run, goals, step } = playSamira([['partner-violence', text]], language);
    expect(run.turns[0]!.reply).toBeUndefined();
    expect(run.turns[0]!.feedback.setting).toBe('kept');
    expect(goals).toEqual([{ goal: 'safe-setting-first', met: true }]);
    expect(step).toMatchObject({ asked: false, keptForSafeSetting: true });
  });

  it.each([
    ['en', 'Has a partner or anyone in your household hurt, threatened or controlled you?'],
    ['en', 'I ask everyone this, because violence at home is common and often hidden. How do things feel at home?'],
    ['en', 'Could I speak with Samira alone? Has anyone at home hurt you?'],
    ['sv', 'Vi frågar alla om det här, eftersom våld i hemmet är vanligt. Hur känns det hemma?'],
  ])('never meets it when the question is asked through the brother-in-law, with a reason or not (%s) %s', (language, text) => {
    const { run, goals, step } = playSamira([['partner-violence', text]], language);
    expect(run.turns[0]!.reply).toBeDefined();
    expect(run.turns[0]!.feedback.setting).toBe('asked');
    expect(goals).toEqual([{ goal: 'safe-setting-first', met: false }]);
    expect(step).toMatchObject({ asked: true, keptForSafeSetting: false });
  });

  it('does not meet it when the question is asked after the adviser had said it would wait', () => {
    const { run, goals } = playSamira([
      ['partner-violence', 'Could I speak with Samira alone?'],
      ['partner-violence', 'Has anyone at home hurt you?'],
    ]);
    expect(run.turns.map((turn) => turn.feedback.setting)).toEqual(['kept', 'asked']);
    expect(goals).toEqual([{ goal: 'safe-setting-first', met: false }]);
  });

  it('does not meet it by saying nothing about the question at all', () => {
    expect(playSamira([['household', 'Who lives with you?']]).goals).toEqual([{ goal: 'safe-setting-first', met: false }]);
  });

  it('meets the explicit invitation with an invitation to a meeting of her own', () => {
    let run = startRun(pack, samira, 'en', 0);
    run = playTurn(run, pack, samira, 'support-needed', 'I would like to invite you to a meeting of your own, with a professional interpreter.', [], 1);
    const goals = summarizeRun(run, pack, samira, [], 2).steps.find((step) => step.itemId === 'support-needed')!.goals;
    expect(goals).toEqual([{ goal: 'explicit-invitation', met: true }]);
  });
});

describe('the default practice scenarios', () => {
  const packs = [defaultPack('social-assistance-initial-assessment.yaml'), defaultPack('work-focused-interview.yaml')];
  it('every default pack carries at least one scenario, each step\'s option answer is one of the item\'s options in every pack language', () => {
    for (const each of packs) {
      expect(each.scenarios?.length ?? 0).toBeGreaterThan(0);
      for (const s of each.scenarios!) {
        for (const step of s.steps) {
          const item = each.items.find((candidate) => candidate.id === step.itemId)!;
          if (!item.options || !step.value) continue;
          for (const language of each.languages) {
            const labels = item.options.map((option) => option[language] ?? option[each.languages[0]!]);
            expect(labels, `${s.id} ${step.itemId} ${language}`).toContain(step.value[language]);
          }
        }
      }
    }
  });
});
