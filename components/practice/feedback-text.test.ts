// The feedback lines beside a turn, by kind and tone, in the English interface words:
// where the trainer asks for a safe setting, leaving the question for one is praised
// and asking it anyway is to work on.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../rules/compile-pack';
import { loadPack } from '../../rules/load-pack';
import { playTurn, startRun } from '../../rules/practice-run';
import { turnFeedbackLines } from './feedback-text';

const loaded = loadPack(readFileSync(new URL('../../rules/packs/social-assistance-initial-assessment.yaml', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('default pack does not load');
const pack = compilePack(loaded.pack);
const samira = pack.scenarios!.find((scenario) => scenario.id === 'relative-interprets')!;
const goals = samira.steps.find((step) => step.itemId === 'partner-violence')!.goals;

const english = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
beforeEach(() => {
  fakeBrowser.i18n.getMessage = ((key: string) => english[key]?.message ?? '') as typeof fakeBrowser.i18n.getMessage;
});

function linesFor(text: string) {
  const run = playTurn(startRun(pack, samira, 'en', 0), pack, samira, 'partner-violence', text, [], 1);
  return turnFeedbackLines(run.turns[0]!.feedback, goals, pack, 'en').map((line) => `${line.tone}:${line.kind}:${line.text}`);
}

describe('feedback on the violence question with a relative interpreting', () => {
  it('praises leaving it for a meeting alone with a professional interpreter', () => {
    expect(linesFor('Could I speak with Samira on her own? Otherwise we take these questions at a meeting with a professional interpreter.')).toContain(
      'good:setting-kept:You left the question for a safe setting: the client on their own, with a professional interpreter if one is needed.',
    );
  });

  it('marks asking it through the relative, even with the reason given', () => {
    const lines = linesFor('I ask everyone this, because violence at home is common. Has anyone at home hurt you?');
    expect(lines).toContain('miss:setting-asked:Asked while someone else listened or interpreted. Ask the client alone, with a professional interpreter, or wait for such a meeting.');
    expect(lines.filter((line) => line.includes(':setting-kept:'))).toEqual([]);
  });
});
