// Case-system pages written by others (tests/e2e/fixtures/unfamiliar/): ASP.NET WebForms with the question
// in the previous cell, PrimeFaces ids with colons, a definition list, Bootstrap horizontal labels split over
// inline elements, questions after the field and two to a table row, a collapsed accordion, a one-step-at-a-time
// wizard, and questions only in aria-describedby / title or in nested fieldsets; English, Swedish and Norwegian
// Bokmål, each phrased as that system would phrase the default packs' questions. With the default packs as
// installed (the work-focused pack also bound to the Norwegian pages), the coach must find each marked question
// in exactly its controls and no other control, show the item's card on focus, and bring the follow-up when a
// disclosure is typed or chosen. Set UNFAMILIAR_FIGURES=<file> to write the figures instead of asserting.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { detectionProblems, installPacks, settleFirstRun, waitForSnapshots, type FrameSnapshot } from './support/detection-harness';
import { installedPack } from './support/installed-packs';
import type { CompiledPack } from '../../rules/compiled-pack';

const session = useExtensionSession();

beforeAll(async () => {
  await settleFirstRun(session.browser);
  const ia = await installedPack(session.browser, 'adviser-coach.social-assistance-ia');
  const wfi = await installedPack(session.browser, 'adviser-coach.work-focused-interview');
  // The work-focused pack is bound to its own demo folder; an organisation would bind it to its Norwegian system.
  const nbWfi: CompiledPack = { ...wfi, hostPatterns: [...wfi.hostPatterns, 'http://127.0.0.1/unfamiliar/nb/*'] };
  await installPacks(session.browser, [ia, nbWfi]);
});

type Answer = { type: 'text'; value: string } | { type: 'select'; value: string } | { type: 'check' };

interface Disclosure {
  item: string;
  /** The field focused and answered (for radios: the option chosen). */
  field: string;
  answer: Answer;
  severity: 'critical' | 'warning' | 'info';
}

interface View {
  name: string;
  path: string;
  /** What the adviser does on the page before this view (opening a section, going to the next step). */
  reveal?: (page: Page) => Promise<void>;
  /**
   * The marked questions the coach finds here (asserted). The others are phrased too far from the pack's
   * wording for the label similarity (see the report's figures): missed, but never matched wrongly.
   */
  finds: string[];
  disclosures: Disclosure[];
}

const text = (value: string): Answer => ({ type: 'text', value });
const choose = (value: string): Answer => ({ type: 'select', value });
const tick: Answer = { type: 'check' };
const byId = (id: string) => `[id="${id}"]`;

const VIEWS: View[] = [
  {
    name: 'WebForms, question in the previous cell (sv)',
    finds: ['psychological-health', 'alcohol', 'partner-violence', 'safe-at-home'],
    path: 'unfamiliar/webforms-sv.html',
    disclosures: [
      { item: 'psychological-health', field: '#ctl00_MainContent_txtQ34', answer: text('Dåligt. Jag har funderat på att ta mitt liv.'), severity: 'critical' },
      { item: 'partner-violence', field: '#ctl00_MainContent_rblQ41_0', answer: tick, severity: 'critical' },
      { item: 'safe-at-home', field: '#ctl00_MainContent_rblQ42_1', answer: tick, severity: 'critical' },
      { item: 'health-comments', field: '#ctl00_MainContent_txtQ310', answer: text('Sambon slår mig när han druckit.'), severity: 'critical' },
    ],
  },
  {
    name: 'PrimeFaces ids with colons, help text inside the label (en)',
    finds: ['mental-health-care', 'children-exposed'],
    path: 'unfamiliar/primefaces-en.html',
    disclosures: [
      { item: 'psychological-health', field: byId('caseForm:j_idt41:psych'), answer: text('Low. I took an overdose in the spring and still think about dying.'), severity: 'critical' },
      { item: 'children-exposed', field: byId('caseForm:j_idt61:kids:0'), answer: tick, severity: 'critical' },
      { item: 'support-needed', field: byId('caseForm:j_idt61:support'), answer: text('Somewhere safe, her partner hits the children.'), severity: 'critical' },
      { item: 'drugs', field: byId('caseForm:j_idt41:drugs_input'), answer: choose('Yes'), severity: 'info' },
    ],
  },
  {
    name: 'definition list, no labels (nb)',
    finds: ['safety-at-home', 'alcohol-drugs', 'next-meeting'],
    path: 'unfamiliar/nb/definition-list.html',
    disclosures: [
      { item: 'changes-since-last', field: '[name=endringer]', answer: text('Samboeren min slår meg og tar pengene mine.'), severity: 'critical' },
      { item: 'barriers', field: '[name=hindringer]', answer: text('Jeg har tenkt på å ta livet mitt.'), severity: 'critical' },
      { item: 'safety-at-home', field: '[name=vold]', answer: choose('Ja'), severity: 'critical' },
      { item: 'alcohol-drugs', field: '[name=rus]', answer: choose('Ja'), severity: 'warning' },
    ],
  },
  {
    name: 'Bootstrap horizontal form, labels over several inline elements (en)',
    finds: ['physical-health', 'sick-leave', 'psychological-health', 'alcohol', 'others-worried'],
    path: 'unfamiliar/bootstrap-en.html',
    disclosures: [
      { item: 'psychological-health', field: '#inputMood', answer: text('I have started cutting myself again.'), severity: 'critical' },
      { item: 'health-comments', field: '#inputHealthNotes', answer: text('My husband hits me when he is drunk.'), severity: 'critical' },
      { item: 'physical-health', field: '#inputPhysical', answer: choose('Poor'), severity: 'info' },
      { item: 'others-worried', field: '#inputWorried', answer: choose('Yes'), severity: 'info' },
    ],
  },
  {
    name: 'question after the field, two questions to a row (sv)',
    finds: ['debts', 'driving-licence', 'foreign-education', 'recent-employment', 'children-exposed', 'safe-at-home'],
    path: 'unfamiliar/after-field-sv.html',
    disclosures: [
      { item: 'children-exposed', field: '[name=barnvald]', answer: choose('Ja'), severity: 'critical' },
      { item: 'safe-at-home', field: '[name=trygg]', answer: choose('Nej'), severity: 'critical' },
      { item: 'debts', field: '#c1', answer: tick, severity: 'info' },
    ],
  },
  {
    name: 'accordion, first section open (en)',
    finds: ['housing-risk', 'psychological-health', 'alcohol', 'partner-violence', 'criminal-record'],
    path: 'unfamiliar/accordion-en.html',
    disclosures: [{ item: 'housing-risk', field: '#a-risk', answer: choose('Yes'), severity: 'warning' }],
  },
  {
    name: 'accordion, health and safety opened (en)',
    finds: ['housing-risk', 'psychological-health', 'alcohol', 'partner-violence', 'criminal-record'],
    path: 'unfamiliar/accordion-en.html',
    reveal: async (page) => {
      await page.locator('#open-health').click();
      await page.locator('#open-safety').click();
    },
    disclosures: [
      { item: 'psychological-health', field: '#a-psych', answer: text('Some days I just want it to be over, I think about killing myself.'), severity: 'critical' },
      { item: 'partner-violence', field: '[name=violence][value=Yes]', answer: tick, severity: 'critical' },
    ],
  },
  {
    name: 'wizard, step 1 (sv)',
    finds: ['recent-employment', 'employment-service'],
    path: 'unfamiliar/wizard-sv.html',
    disclosures: [{ item: 'employment-service', field: '[name=af]', answer: choose('Nej'), severity: 'info' }],
  },
  {
    name: 'wizard, step 2 (sv)',
    finds: [],
    path: 'unfamiliar/wizard-sv.html',
    reveal: (page) => page.locator('#nasta').click(),
    disclosures: [
      { item: 'psychological-health', field: '[name=psykiskt]', answer: text('Jag skär mig i armarna när det blir för mycket.'), severity: 'critical' },
      { item: 'drugs', field: '[name=droger]', answer: choose('Ja'), severity: 'info' },
    ],
  },
  {
    name: 'wizard, step 3 (sv)',
    finds: ['support-needed'],
    path: 'unfamiliar/wizard-sv.html',
    reveal: async (page) => {
      await page.locator('#nasta').click();
      await page.locator('[name=droger]').waitFor();
      await page.locator('#nasta').click();
    },
    disclosures: [{ item: 'support-needed', field: '[name=stod]', answer: text('Min man har hotat att döda mig.'), severity: 'critical' }],
  },
  {
    name: 'questions only in aria-describedby or title, nested fieldsets (nb)',
    finds: ['job-goal', 'what-would-help', 'barriers', 'safety-at-home', 'alcohol-drugs'],
    path: 'unfamiliar/nb/described.html',
    disclosures: [
      { item: 'safety-at-home', field: '[name=trygg][value=Ja]', answer: tick, severity: 'critical' },
      { item: 'barriers', field: '[name=svar3]', answer: text('Jeg drikker hver dag og klarer ikke å stoppe.'), severity: 'warning' },
      { item: 'alcohol-drugs', field: '[name=rus][value=Ja]', answer: tick, severity: 'warning' },
    ],
  },
];

const overlay = (page: Page) => page.locator('coach-overlay=host');

/** Detection once it has found something and held still for a few polls (the page may render in steps). */
async function settledDetection(page: Page): Promise<FrameSnapshot[]> {
  let last = '';
  let same = 0;
  return waitForSnapshots(page, (snapshots) => {
    const now = JSON.stringify(snapshots.map((s) => s.matches.map((m) => [m.itemId, m.controls.map((c) => c.described)])));
    same = now === last && snapshots.length > 0 ? same + 1 : 0;
    last = now;
    return same >= 4 && snapshots.some((s) => s.matches.length > 0);
  }, 6000);
}

async function shows(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}

interface Figures {
  view: string;
  expected: string[];
  right: string[];
  wrong: string[];
  missed: string[];
  cards: Record<string, boolean>;
  followUps: Record<string, boolean>;
  problems: string[];
}

async function measure(view: View, onlyFound = false): Promise<Figures> {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`${session.server.origin}/${view.path}`);
    await overlay(page).waitFor({ state: 'attached' });
    await view.reveal?.(page);
    const snapshots = await settledDetection(page);
    const problems = detectionProblems(snapshots);
    const expected = Object.keys(snapshots[0]?.expected ?? {}).sort();
    const wrongItems = new Set<string>();
    for (const frame of snapshots) {
      for (const match of frame.matches) if (match.controls.some((c) => c.expect !== match.itemId)) wrongItems.add(match.itemId);
    }
    const found = new Set(snapshots.flatMap((s) => s.matches.filter((m) => m.controls.every((c) => c.expect === m.itemId)).map((m) => m.itemId)));
    const figures: Figures = {
      view: view.name,
      expected,
      right: expected.filter((id) => found.has(id) && !wrongItems.has(id)),
      wrong: [...wrongItems].sort(),
      missed: expected.filter((id) => !found.has(id)),
      cards: {},
      followUps: {},
      problems,
    };
    for (const disclosure of view.disclosures) {
      if (onlyFound && !view.finds.includes(disclosure.item)) continue;
      const field = page.locator(disclosure.field);
      await field.focus();
      figures.cards[disclosure.item] = await shows(() => overlay(page).locator(`.card[data-item-id="${disclosure.item}"]`).waitFor({ state: 'visible', timeout: 15_000 }));
      const { answer } = disclosure;
      if (answer.type === 'text') await field.pressSequentially(answer.value, { delay: 1 });
      else if (answer.type === 'select') await field.selectOption({ label: answer.value });
      else await field.check();
      figures.followUps[disclosure.item] = await shows(() =>
        overlay(page).locator(`.followup[data-item-id="${disclosure.item}"][data-severity="${disclosure.severity}"]`).first().waitFor({ state: 'attached', timeout: 15_000 }),
      );
    }
    return figures;
  } finally {
    await page.close();
  }
}

const FIGURES_FILE = process.env.UNFAMILIAR_FIGURES;

describe('case-system pages nobody here wrote', () => {
  if (FIGURES_FILE) {
    it('writes the figures', async () => {
      const all: Figures[] = [];
      for (const view of VIEWS) all.push(await measure(view));
      writeFileSync(FIGURES_FILE, JSON.stringify(all, null, 1));
    }, 300_000);
    return;
  }
  for (const view of VIEWS) {
    it(`${view.name}: no control matched to a wrong item; ${view.finds.length} questions found, each its card on focus and its follow-up on a disclosure`, async () => {
      const figures = await measure(view, true);
      expect(figures.wrong).toEqual([]);
      expect(figures.problems.filter((problem) => !problem.endsWith(' not found'))).toEqual([]);
      expect(view.finds.filter((id) => !figures.right.includes(id))).toEqual([]);
      expect(Object.entries(figures.cards).filter(([, shown]) => !shown).map(([id]) => id)).toEqual([]);
      expect(Object.entries(figures.followUps).filter(([, shown]) => !shown).map(([id]) => id)).toEqual([]);
    }, 60_000);
  }
});
