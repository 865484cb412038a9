import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import { checkPracticeForPack, compilePracticeScenarios, loadPracticeFile } from './practice-file';
import type { PackScenario, PracticeFile, RulePack } from './pack-schema';
import { compilePack } from './compile-pack';
import { examplePracticeFile, socialAssistancePack } from './test-practice';

/** Parsed YAML, edited freely in a test. */
type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const EXAMPLE = read('./fixtures/practice-social-assistance.yaml');

function builtInPack(): RulePack {
  const loaded = loadPack(read('./packs/social-assistance-initial-assessment.yaml'));
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return loaded.pack;
}

/** The example file with one change, as YAML text. */
function changed(change: (file: Mutable) => void): string {
  const file = parse(EXAMPLE) as Mutable;
  change(file);
  return stringify(file);
}

function loaded(text: string) {
  const result = loadPracticeFile(text, { fileName: 'practice.yaml' });
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.practice;
}

describe('practice files', () => {
  it('reads the example: persona, steps with a disclosure, variants by how the adviser asked, goals and debrief', () => {
    const practice = loaded(EXAMPLE);
    const [scenario] = practice.scenarios;
    expect(practice.practice).toBe('adviser-coach.social-assistance-ia');
    expect(scenario?.persona).toMatchObject({ name: 'Amira', language: 'sv', interpreter: 'none' });
    const psychological = scenario?.steps.find((step) => step.item === 'psychological-health');
    expect(psychological).toMatchObject({ disclosure: true, goals: ['explain-why-first', 'ask-open', 'acknowledge'] });
    expect(psychological?.variants[0]?.when).toEqual({ asked: 'closed', why: 'not-explained' });
    expect(scenario?.debrief).toBeDefined();
  });

  it('fills in the defaults: no interpreter, no variants, no goals, not a disclosure', () => {
    const practice = loaded(changed((f) => {
      delete f.scenarios[0].persona.interpreter;
      f.scenarios[0].steps = [{ item: 'household', says: 'Just me.' }];
    }));
    expect(practice.scenarios[0]?.persona.interpreter).toBe('none');
    expect(practice.scenarios[0]?.steps[0]).toEqual({ item: 'household', says: 'Just me.', disclosure: false, variants: [], goals: [] });
  });

  it('fits the built-in pack it names', () => {
    expect(checkPracticeForPack(loaded(EXAMPLE), builtInPack())).toEqual([]);
  });

  it.each([
    ['no pack named', (f: Mutable) => delete f.practice, 'practice', /missing required field "practice"/],
    ['no scenarios', (f: Mutable) => (f.scenarios = []), 'scenarios', /at least one scenario/],
    ['a persona without what the client wants', (f: Mutable) => delete f.scenarios[0].persona.wants, 'scenarios[0].persona.wants', /missing required field "wants"/],
    ['an unknown field in a step', (f: Mutable) => (f.scenarios[0].steps[0].answer = 'x'), 'scenarios[0].steps[0].answer', /unknown field "answer" \(allowed here: item, says, value, disclosure, variants, goals, debrief\)/],
    ['variant asked neither open nor closed', (f: Mutable) => (f.scenarios[0].steps[1].variants[0].when.asked = 'sideways'), 'scenarios[0].steps[1].variants[0].when.asked', /open or closed/],
    ['two steps for one item', (f: Mutable) => f.scenarios[0].steps.push({ item: 'household', says: 'Again.' }), 'scenarios[0].steps[2].item', /already has a step/],
  ])('refuses %s, with path and line', (_name, change, path, message) => {
    const result = loadPracticeFile(changed(change), { fileName: 'practice.yaml' });
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.errors.find((e) => formatIssue(e).startsWith(`${path}:`));
    expect(issue && formatIssue(issue), result.ok ? '' : result.errors.map(formatIssue).join('\n')).toMatch(message);
    expect(issue?.line).toBeGreaterThan(0);
  });

  it.each([
    ['another pack', (f: Mutable) => (f.practice = 'adviser-coach.work-focused-interview'), 'practice: these scenarios are for the pack "adviser-coach.work-focused-interview", not "adviser-coach.social-assistance-ia"'],
    ['a newer pack version', (f: Mutable) => (f.minPackVersion = '2.0.0'), 'minPackVersion: needs version 2.0.0 of the pack or later; 1.3.1 is installed'],
    ['an item the pack does not have', (f: Mutable) => (f.scenarios[0].steps[0].item = 'pets'), 'scenarios[0].steps[0].item: no item has the id "pets"'],
    ['a language the pack does not declare', (f: Mutable) => (f.scenarios[0].title.nb = 'Første møte'), `scenarios[0].title.nb: language "nb" is not in the pack's languages (en, sv)`],
    ['HTML in a client answer', (f: Mutable) => (f.scenarios[0].steps[0].says.en = 'Just <b>me</b>.'), 'scenarios[0].steps[0].says.en: contains HTML markup (<b>); pack text is always shown as plain text, so write it without tags'],
  ])('will not attach to the pack with %s', (_name, change, expected) => {
    expect(checkPracticeForPack(loaded(changed(change)), builtInPack()).map(formatIssue)).toEqual([expected]);
  });
});

describe('scenarios inside a pack', () => {
  it('load with the pack and are linted for missing translations like any pack text', async () => {
    const pack = parse(read('./packs/social-assistance-initial-assessment.yaml')) as Mutable;
    pack.scenarios = (parse(EXAMPLE) as Mutable).scenarios;
    delete pack.scenarios[0].steps[0].says.sv;
    const result = loadPack(stringify(pack));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.scenarios?.[0]?.steps).toHaveLength(2);
    const { lintPack } = await import('./lint-pack');
    expect(lintPack(result.pack).map(formatIssue)).toEqual([expect.stringMatching(/^scenarios\[0\]\.steps\[0\]\.says: .*sv/)]);
  });
});

describe('answers that name an option, as the practice page plays them', () => {
  const pack = compilePack(socialAssistancePack());
  /** The example file with its first step at housing-risk, answered `value` (and a variant answered `variant`). */
  function withAnswer(value: PackScenario['title'], variant: PackScenario['title']): PracticeFile {
    const practice = structuredClone(examplePracticeFile());
    const step = practice.scenarios[0]!.steps[0]!;
    Object.assign(step, { item: 'housing-risk', value, variants: [{ when: { asked: 'closed' }, says: 'No.', value: variant }] });
    return practice;
  }

  it('gives an option named in one language its label in every language of the pack', () => {
    const [scenario] = compilePracticeScenarios(withAnswer({ en: 'yes' }, { sv: 'Nej' }), pack.languages, pack.items);
    expect(scenario!.steps[0]!.value).toEqual({ en: 'Yes', sv: 'Ja' });
    expect(scenario!.steps[0]!.variants[0]!.value).toEqual({ en: 'No', sv: 'Nej' });
  });

  it('leaves an answer that is no option, or one written differently per language, as written', () => {
    const [scenario] = compilePracticeScenarios(withAnswer({ en: 'Maybe' }, { en: 'Yes', sv: 'Nej' }), pack.languages, pack.items);
    expect(scenario!.steps[0]!.value).toEqual({ en: 'Maybe' });
    expect(scenario!.steps[0]!.variants[0]!.value).toEqual({ en: 'Yes', sv: 'Nej' });
    // Without the pack's items nothing is looked up.
    expect(compilePracticeScenarios(withAnswer({ en: 'Yes' }, { en: 'No' }), pack.languages)[0]!.steps[0]!.value).toEqual({ en: 'Yes' });
  });

  it('does the same for a pack\'s own scenarios', () => {
    const source = structuredClone(socialAssistancePack());
    source.scenarios = withAnswer({ sv: 'Ja' }, { en: 'No' }).scenarios;
    const compiled = compilePack(source);
    expect(compiled.scenarios![0]!.steps[0]!.value).toEqual({ en: 'Yes', sv: 'Ja' });
    expect(compiled.scenarios![0]!.steps[0]!.variants[0]!.value).toEqual({ en: 'No', sv: 'Nej' });
  });
});
