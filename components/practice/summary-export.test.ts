// The Markdown export of a practice summary: what the adviser said at questions off the
// scenario comes under its own heading, marked off-script, each turn with its feedback,
// and the goal totals are the scenario's alone.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../rules/compile-pack';
import { loadPack } from '../../rules/load-pack';
import { playTurn, startRun, summarizeRun } from '../../rules/practice-run';
import { translateFrom } from '../../utils/messages-in-language';
import { loadMessages } from '../../tests/unit/locale-messages';
import { summaryJson, summaryMarkdown } from './summary-export';

const loaded = loadPack(readFileSync(new URL('../../rules/packs/social-assistance-initial-assessment.yaml', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('default pack does not load');
const pack = compilePack(loaded.pack);
const scenario = pack.scenarios!.find((each) => each.id === 'fifteen-years-sick-leave')!;

beforeEach(() => {
  // The interface in English, placeholders filled as the browser fills them.
  fakeBrowser.i18n.getMessage = translateFrom(loadMessages('en')) as typeof fakeBrowser.i18n.getMessage;
});

function summaryOf(turns: [string, string][]) {
  let run = startRun(pack, scenario, 'en', 0);
  turns.forEach(([itemId, text], i) => {
    run = playTurn(run, pack, scenario, itemId, text, [], i + 1);
  });
  return summarizeRun(run, pack, scenario, [], 1_700_000_000_000);
}

describe('the Markdown export', () => {
  it('has the turns off the scenario under their own heading, marked off-script, each with its feedback', () => {
    const summary = summaryOf([
      ['household', 'Do you live alone?'],
      ['rent', 'How much is your rent each month?'],
      ['debts', 'Tell me about your debts. What worries you most about them?'],
    ]);
    const md = summaryMarkdown(summary, pack);
    const off = md.slice(md.indexOf('## Elsewhere on the form (not in the scenario)'));
    expect(md).toContain('## Elsewhere on the form (not in the scenario)');
    expect(off).toContain("Off-script: the scenario has no step for these questions, so they count toward none of the trainer's goals.");
    expect(off).toContain('### Monthly rent (SEK)\n\n> How much is your rent each month?\n\n- Note: Closed question');
    expect(off).toContain('### Do you have debts or payment arrears?\n\n> Tell me about your debts. What worries you most about them?\n\n- Good: Open question');
    // Only the scenario's steps come before it; the totals are theirs.
    expect(md).not.toContain('\n## Monthly rent (SEK)');
    expect(md).toContain(`${summary.goalsMet} goal`);
    expect(summary.goalsMet + summary.goalsMissed).toBe(scenario.steps.flatMap((step) => step.goals).length);
  });

  it('leaves the heading out when every turn was at the scenario\'s questions; JSON carries the same', () => {
    const summary = summaryOf([['household', 'Do you live alone?']]);
    expect(summaryMarkdown(summary, pack)).not.toContain('Elsewhere on the form');
    expect(JSON.parse(summaryJson(summaryOf([['rent', 'And the rent?']]))).offScript).toMatchObject([{ itemId: 'rent', turns: [{ text: 'And the rent?' }] }]);
  });
});
