import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePracticeFile, socialAssistancePack } from '../../../rules/test-practice';
import { checkPracticeForPack, loadPracticeFile } from '../../../rules/practice-file';
import { practiceFileText } from '../../../rules/practice-file-text';
import {
  checkScenarioForm,
  emptyScenarioForm,
  emptyStepForm,
  emptyVariantForm,
  formToScenario,
  inputId,
  optionIndex,
  optionValue,
  problemAt,
  scenarioIdFrom,
  scenarioToForm,
  withLanguages,
  type ScenarioForm,
} from './scenario-form';


const socialPack = socialAssistancePack;

const example = examplePracticeFile;

/** Form state without the page's list keys, to compare two forms. */
const withoutKeys = (form: ScenarioForm) =>
  JSON.parse(JSON.stringify(form, (key, value: unknown) => (key === 'key' ? undefined : value))) as unknown;

/** A filled-in form: one step with a variant, written in English and Swedish. */
function filledForm(): ScenarioForm {
  const form = emptyScenarioForm(['en', 'sv']);
  form.title = { en: 'Rent arrears', sv: 'Hyresskuld' };
  form.persona = { name: 'Jonas', situation: { en: 'Behind with the rent.', sv: 'Ligger efter med hyran.' }, language: 'sv', wants: { en: 'To keep the flat.', sv: 'Att få bo kvar.' }, interpreter: 'family-member' };
  const step = emptyStepForm('household');
  step.says = { en: 'Just me.', sv: 'Bara jag.' };
  step.goals = ['ask-open', 'acknowledge'];
  const variant = emptyVariantForm();
  variant.says = { en: 'Why do you ask?', sv: 'Varför frågar du?' };
  variant.why = 'not-explained';
  step.variants = [variant];
  form.steps = [step];
  return form;
}

describe('scenario ⇄ form state', () => {
  it('gives back the example scenario unchanged: persona, disclosure, variants, goals, debriefs', () => {
    const [scenario] = example().scenarios;
    expect(formToScenario(scenarioToForm(scenario!))).toEqual(scenario);
  });

  it('keeps a text written once for every language as one text (not as one language)', () => {
    const practice = loadPracticeFile('practice: p\nscenarios:\n  - { id: a, title: Rent, persona: { name: Jo, situation: Alone., language: en, wants: Help. }, steps: [{ item: household, says: Just me. }] }\n');
    if (!practice.ok) throw new Error('fixture');
    const scenario = practice.practice.scenarios[0]!;
    const form = scenarioToForm(scenario, ['en', 'sv']);
    expect(form.title).toEqual({ '': 'Rent' });
    expect(form.languages).toEqual(['en', 'sv']);
    expect(formToScenario(form)).toEqual(scenario);
  });

  it('a checked form becomes form state again without change', () => {
    const checked = checkScenarioForm(filledForm(), socialPack());
    expect(checked.problems).toEqual([]);
    if (!checked.ok) return;
    expect(withoutKeys(scenarioToForm(checked.scenario))).toEqual(withoutKeys({ ...filledForm(), id: 'rent-arrears' }));
  });

  it('exports a file that the loader reads back as the same scenario, in YAML and in JSON', () => {
    const checked = checkScenarioForm(filledForm(), socialPack());
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    for (const format of ['yaml', 'json'] as const) {
      const text = practiceFileText({ practice: 'adviser-coach.social-assistance-ia', format: 1, scenarios: [checked.scenario] }, format);
      const back = loadPracticeFile(text, { fileName: `x.${format}` });
      expect(back.ok && back.practice.scenarios).toEqual([checked.scenario]);
    }
    // Defaults stay out of the file.
    const yaml = practiceFileText({ practice: 'p', format: 1, scenarios: [checked.scenario] }, 'yaml');
    expect(yaml).not.toMatch(/disclosure|interpreter: none/);
  });

  it('leaves out the text of a language the trainer unticked, and keeps it in the form', () => {
    const form = filledForm();
    form.languages = ['sv'];
    const scenario = formToScenario(form);
    expect(scenario.title).toEqual({ sv: 'Hyresskuld' });
    expect(scenario.steps[0]?.says).toEqual({ sv: 'Bara jag.' });
    expect(form.title.en).toBe('Rent arrears');
  });

  it('makes an id from the title: folded, joined by dashes', () => {
    expect(scenarioIdFrom({ sv: 'Första mötet — på kontoret' })).toBe('forsta-motet-pa-kontoret');
    expect(scenarioIdFrom({ nb: 'Første møte, Ærlig svar' })).toBe('forste-mote-aerlig-svar');
    expect(scenarioIdFrom(undefined, '')).toBe('scenario');
  });
});

describe('a value from the item\'s option list', () => {
  const options = [{ en: 'Yes', sv: 'Ja' }, { en: 'No', sv: 'Nej' }];

  it('takes the option\'s labels in the languages written, or all when it has none of them', () => {
    expect(optionValue(options[1]!, ['sv'])).toEqual({ sv: 'Nej' });
    expect(optionValue(options[1]!, ['en', 'sv'])).toEqual({ en: 'No', sv: 'Nej' });
    expect(optionValue(options[0]!, ['nb'])).toEqual({ en: 'Yes', sv: 'Ja' });
  });

  it('finds the option a value names; a text that is none of them is "something else"', () => {
    expect(optionIndex(options, { sv: 'Nej' })).toBe(1);
    expect(optionIndex(options, { en: 'Yes', sv: 'Ja' })).toBe(0);
    expect(optionIndex(options, { '': 'Nej' })).toBe(1);
    expect(optionIndex(options, { en: 'Yes', sv: 'Nej' })).toBe(-1);
    expect(optionIndex(options, { en: 'Sometimes' })).toBe(-1);
    expect(optionIndex(options, { en: ' ' })).toBe(-1);
  });
});

describe('an answer picked from the options when the languages change', () => {
  const options: Record<string, Record<string, string>[]> = {
    'housing-risk': [{ en: 'Yes', sv: 'Ja', nb: 'Ja' }, { en: 'No', sv: 'Nei', nb: 'Nei' }],
    debts: [{ en: 'Yes', sv: 'Ja' }, { en: 'No', sv: 'Nej' }],
  };
  const optionsOf = (id: string) => options[id] ?? [];
  /** A form in `languages` with steps at housing-risk (an option), debts (a variant's option) and household (free text). */
  function picked(languages: string[]): ScenarioForm {
    const form = emptyScenarioForm(languages);
    const housing = emptyStepForm('housing-risk');
    housing.value = optionValue(options['housing-risk']![0]!, languages);
    const debts = emptyStepForm('debts');
    debts.value = { en: 'About 20,000 kronor' }; // typed, not an option
    const variant = emptyVariantForm();
    variant.value = optionValue(options.debts![1]!, languages);
    debts.variants = [variant];
    const household = emptyStepForm('household');
    household.value = { en: 'Just me' };
    form.steps = [housing, debts, household];
    return form;
  }
  const values = (form: ScenarioForm) => form.steps.map((step) => [step.value, ...step.variants.map((variant) => variant.value)]);

  it('gives a picked option its label in a language added later, variants included', () => {
    const form = withLanguages(picked(['en']), ['en', 'sv'], optionsOf);
    expect(form.languages).toEqual(['en', 'sv']);
    expect(values(form)).toEqual([[{ en: 'Yes', sv: 'Ja' }], [{ en: 'About 20,000 kronor' }, { en: 'No', sv: 'Nej' }], [{ en: 'Just me' }]]);
    expect(formToScenario(form).steps[0]!.value).toEqual({ en: 'Yes', sv: 'Ja' });
  });

  it('drops a removed language and follows a change of the first language', () => {
    const swedishOnly = withLanguages(withLanguages(picked(['en']), ['en', 'sv'], optionsOf), ['sv'], optionsOf);
    expect(values(swedishOnly)[0]).toEqual([{ sv: 'Ja' }]);
    expect(values(swedishOnly)[1]![1]).toEqual({ sv: 'Nej' });
    expect(values(withLanguages(swedishOnly, ['sv', 'nb'], optionsOf))[0]).toEqual([{ sv: 'Ja', nb: 'Ja' }]);
  });

  it('turns a plain-text option (written once for every language) into its labels', () => {
    const form = picked(['en']);
    form.steps[0]!.value = { '': 'Yes' };
    expect(values(withLanguages(form, ['en', 'nb'], optionsOf))[0]).toEqual([{ en: 'Yes', nb: 'Ja' }]);
  });
});

describe('checks at the field, in plain words', () => {
  const problems = (change: (form: ScenarioForm) => void, taken?: Set<string>) => {
    const form = filledForm();
    change(form);
    const checked = checkScenarioForm(form, socialPack(), taken);
    return checked.problems.map((p) => ({ field: p.field, language: p.language, key: p.message.key, subs: p.message.subs }));
  };

  it.each([
    ['no title at all', (f: ScenarioForm) => (f.title = { en: ' ', sv: '' }), { field: 'title', key: 'trainerErrorRequired' }],
    ['no name', (f: ScenarioForm) => (f.persona.name = ''), { field: 'persona.name', key: 'trainerErrorRequired' }],
    ['what the client wants left out', (f: ScenarioForm) => (f.persona.wants = {}), { field: 'persona.wants', key: 'trainerErrorRequired' }],
    ['what the client says left out', (f: ScenarioForm) => (f.steps[0]!.says = {}), { field: 'steps.0.says', key: 'trainerErrorRequired' }],
    ['a variant answer left out', (f: ScenarioForm) => (f.steps[0]!.variants[0]!.says = {}), { field: 'steps.0.variants.0.says', key: 'trainerErrorRequired' }],
    ['a variant for any way of asking', (f: ScenarioForm) => Object.assign(f.steps[0]!.variants[0]!, { asked: '', why: '' }), { field: 'steps.0.variants.0.when', key: 'trainerErrorVariantWhen' }],
    ['no steps', (f: ScenarioForm) => (f.steps = []), { field: 'steps', key: 'trainerErrorNoSteps' }],
    ['no item chosen', (f: ScenarioForm) => (f.steps[0]!.item = ''), { field: 'steps.0.item', key: 'trainerErrorId' }],
    ['an item the pack does not have', (f: ScenarioForm) => (f.steps[0]!.item = 'pets'), { field: 'steps.0.item', key: 'trainerErrorNoItem' }],
    ['a language code that is none', (f: ScenarioForm) => (f.persona.language = 'Swedish'), { field: 'persona.language', key: 'trainerErrorLanguageCode' }],
    ['an id with spaces', (f: ScenarioForm) => (f.id = 'rent arrears'), { field: 'id', key: 'trainerErrorId' }],
    ['a text too long to say', (f: ScenarioForm) => (f.steps[0]!.says.sv = 'x'.repeat(5000)), { field: 'steps.0.says', language: 'sv', key: 'trainerErrorTooLong' }],
  ])('%s', (_name, change, expected) => {
    expect(problems(change)).toContainEqual(expect.objectContaining(expected));
  });

  it('names the step an item already has', () => {
    expect(problems((f) => f.steps.push({ ...emptyStepForm('household'), says: { en: 'Again.' } }))).toContainEqual(
      expect.objectContaining({ field: 'steps.1.item', key: 'trainerErrorItemTwice', subs: ['1'] }),
    );
  });

  it('refuses HTML and a language the pack does not declare, at the language written', () => {
    expect(problems((f) => (f.steps[0]!.says.en = 'Just <b>me</b>.'))).toContainEqual({ field: 'steps.0.says', language: 'en', key: 'trainerErrorMarkup', subs: ['<b>'] });
    expect(problems((f) => Object.assign(f, { languages: [...f.languages, 'nb'], title: { ...f.title, nb: 'Husleie' } }))).toContainEqual({ field: 'title', language: 'nb', key: 'trainerErrorLanguage', subs: ['nb'] });
  });

  it('refuses an id another of the trainer\'s scenarios for the pack has', () => {
    expect(problems(() => {}, new Set(['rent-arrears']))).toEqual([{ field: 'id', language: undefined, key: 'trainerErrorDuplicateId', subs: [] }]);
  });

  it('gives each problem the id of the input to focus', () => {
    expect(inputId('steps.0.says', 'sv')).toBe('trainer-steps-0-says-sv');
    expect(inputId('title', '')).toBe('trainer-title-all');
    expect(inputId('persona.name')).toBe('trainer-persona-name');
  });
});

describe('a practice file\'s problems, in words for a file', () => {
  const text = readFileSync(new URL('../../../rules/fixtures/practice-social-assistance.yaml', import.meta.url), 'utf8');
  /** The file's problems (loading, then against the pack) as message keys, substitutions and line. */
  function fileProblems(broken: string) {
    const loaded = loadPracticeFile(broken, { fileName: 'broken.practice.yaml' });
    const issues = loaded.ok ? checkPracticeForPack(loaded.practice, socialPack(), loaded.locate) : loaded.errors;
    return issues.map((issue) => ({ key: problemAt(issue, 'file').message.key, subs: problemAt(issue, 'file').message.subs, line: issue.line }));
  }
  const lineOf = (needle: string, nth = 0) => text.split('\n').findIndex((line, i, lines) => line.includes(needle) && lines.slice(0, i).filter((l) => l.includes(needle)).length === nth) + 1;

  it.each([
    ['an item the pack does not have', text.replace('item: household', 'item: pets'), 'trainerFileErrorNoItem', ['pets'], lineOf('item: household')],
    ['an id with a space', text.replace('id: amira-first-meeting', 'id: amira first'), 'trainerFileErrorId', [], lineOf('id: amira-first-meeting')],
    ['a misspelt field', text.replace('    steps:', '    stpes:'), 'trainerFileErrorUnknownFieldGuess', ['stpes', 'steps'], lineOf('    steps:')],
    ['no persona name', text.replace('      name: Amira\n', ''), 'trainerFileErrorMissingField', ['name'], lineOf('    persona:') + 1], // where the persona's fields start
    ['an interpreter that does not exist', text.replace('interpreter: none', 'interpreter: cousin'), 'trainerFileErrorChoice', ['none, professional, family-member'], lineOf('interpreter: none')],
    ['a language the pack lacks', text.replace('sv: Första mötet', 'de: Första mötet'), 'trainerFileErrorLanguage', ['de'], lineOf('sv: Första mötet')],
    ['the same question twice', text.replace('item: psychological-health', 'item: household'), 'trainerFileErrorItemTwice', ['1'], lineOf('item: psychological-health')],
    ['another pack', text.replace('practice: adviser-coach.social-assistance-ia', 'practice: other.pack'), 'trainerFileErrorOtherPack', ['other.pack'], 6],
  ])('%s: says what the file must say, at its line', (_name, broken, key, subs, line) => {
    expect(line).toBeGreaterThan(0);
    expect(fileProblems(broken)).toContainEqual({ key, subs, line });
    expect(fileProblems(broken).every((problem) => problem.key.startsWith('trainerFileError') && problem.line !== undefined)).toBe(true);
  });

  it('never uses the form\'s words ("choose one here", "choose one from the list")', () => {
    const broken = text.replace('item: household', 'item: pets').replace('id: amira-first-meeting', 'id: amira first');
    const loaded = loadPracticeFile(broken);
    for (const issue of loaded.ok ? [] : loaded.errors) expect(problemAt(issue, 'file').message.key).toMatch(/^trainerFileError/);
    expect(problemAt({ severity: 'error', path: ['scenarios', 0, 'steps', 0, 'item'], message: 'no item has the id "pets"' }, 'form').message.key).toBe('trainerErrorNoItem');
  });
});
