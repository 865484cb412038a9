/**
 * The trainer editor's model: a practice scenario (rules/pack-schema.ts
 * `scenarios[]`) as form state and back, and the file loader's own checks
 * (schema, rules/practice-file.ts checkPracticeForPack) turned into messages
 * at the field they concern. No DOM, no browser API: tested in Node.
 *
 * Texts in the form are per language: `{ en: "…", sv: "…" }`. The key `''`
 * holds a text written once for every language (a plain string in a file), so
 * an imported scenario comes back out as it went in.
 */
import { checkPracticeForPack, type PracticeTarget } from '../../../rules/practice-file';
import { PracticeFileSchema, type PackScenario, type PracticeFile, type PracticeGoal } from '../../../rules/pack-schema';
import { formatPath, type PackIssue, type PathKey } from '../../../rules/pack-issues';
import { checkAgainstSchema } from '../../../rules/schema-issues';

/** One text of the form by language; `''` = the same in every language. Empty strings mean "not written". */
export type FormText = Record<string, string>;

export type AskedForm = '' | 'open' | 'closed';
export type WhyForm = '' | 'explained' | 'not-explained';

export interface VariantForm {
  /** Stable key for the list in the page; not part of the scenario. */
  key: string;
  asked: AskedForm;
  why: WhyForm;
  says: FormText;
  value: FormText;
}

export interface StepForm {
  key: string;
  /** The pack item's id; `''` until chosen. */
  item: string;
  says: FormText;
  value: FormText;
  disclosure: boolean;
  variants: VariantForm[];
  goals: PracticeGoal[];
  debrief: FormText;
}

export interface ScenarioForm {
  /** `''`: made from the title on save (`scenarioIdFrom`). */
  id: string;
  /** The languages the trainer writes in: one input per language at each text. */
  languages: string[];
  title: FormText;
  persona: {
    name: string;
    situation: FormText;
    language: string;
    wants: FormText;
    interpreter: PackScenario['persona']['interpreter'];
  };
  steps: StepForm[];
  debrief: FormText;
}

let nextKey = 0;
/** A key for a new step or variant, unique in this page. */
export const newKey = (prefix: string) => `${prefix}${++nextKey}`;

/** A blank scenario written in `languages`, the client speaking the first of them. */
export function emptyScenarioForm(languages: string[]): ScenarioForm {
  return {
    id: '',
    languages: [...languages],
    title: {},
    persona: { name: '', situation: {}, language: languages[0] ?? 'en', wants: {}, interpreter: 'none' },
    steps: [],
    debrief: {},
  };
}

export function emptyStepForm(item = ''): StepForm {
  return { key: newKey('step'), item, says: {}, value: {}, disclosure: false, variants: [], goals: [], debrief: {} };
}

export function emptyVariantForm(): VariantForm {
  return { key: newKey('variant'), asked: 'closed', why: '', says: {}, value: {} };
}

function toFormText(text: PackScenario['title'] | undefined): FormText {
  if (text === undefined) return {};
  return typeof text === 'string' ? { '': text } : { ...text };
}

/**
 * A text as the file states it: the languages written (a map), else the text for
 * every language (a string), else undefined when nothing is written. Text in a
 * language the trainer unticked stays in the form (ticking it again brings it
 * back) but not in the scenario.
 */
function writtenText(text: FormText, languages: readonly string[]): PackScenario['title'] | undefined {
  const written = Object.entries(text).filter(([language, value]) => language !== '' && languages.includes(language) && value.trim() !== '');
  if (written.length > 0) return Object.fromEntries(written);
  const every = text[''];
  return every !== undefined && every.trim() !== '' ? every : undefined;
}

/** The languages a scenario's texts are written in, in order of first use. */
function languagesOf(scenario: PackScenario): string[] {
  const seen = new Set<string>();
  const add = (text: PackScenario['title'] | undefined) => {
    if (text && typeof text === 'object') for (const language of Object.keys(text)) seen.add(language);
  };
  add(scenario.title);
  add(scenario.persona.situation);
  add(scenario.persona.wants);
  for (const step of scenario.steps) {
    add(step.says);
    add(step.value);
    add(step.debrief);
    for (const variant of step.variants) {
      add(variant.says);
      add(variant.value);
    }
  }
  add(scenario.debrief);
  return [...seen];
}

/** A scenario (as loaded, defaults filled in) as form state. `fallbackLanguages` when it names none (plain texts only). */
export function scenarioToForm(scenario: PackScenario, fallbackLanguages: string[] = []): ScenarioForm {
  const languages = languagesOf(scenario);
  return {
    id: scenario.id,
    languages: languages.length > 0 ? languages : [...fallbackLanguages],
    title: toFormText(scenario.title),
    persona: {
      name: scenario.persona.name,
      situation: toFormText(scenario.persona.situation),
      language: scenario.persona.language,
      wants: toFormText(scenario.persona.wants),
      interpreter: scenario.persona.interpreter,
    },
    steps: scenario.steps.map((step) => ({
      key: newKey('step'),
      item: step.item,
      says: toFormText(step.says),
      value: toFormText(step.value),
      disclosure: step.disclosure,
      variants: step.variants.map((variant) => ({
        key: newKey('variant'),
        asked: variant.when.asked ?? '',
        why: variant.when.why ?? '',
        says: toFormText(variant.says),
        value: toFormText(variant.value),
      })),
      goals: [...step.goals],
      debrief: toFormText(step.debrief),
    })),
    debrief: toFormText(scenario.debrief),
  };
}

/**
 * The form as a scenario, before validation: what the trainer wrote, with
 * unwritten optional texts left out and unwritten required ones missing (the
 * schema then names them). Not yet checked: pass it to `checkScenarioForm`.
 */
export function formToScenario(form: ScenarioForm): PackScenario {
  const fromFormText = (text: FormText) => writtenText(text, form.languages);
  const optional = <K extends string>(key: K, text: FormText) => {
    const value = fromFormText(text);
    return value === undefined ? {} : ({ [key]: value } as Record<K, NonNullable<PackScenario['title']>>);
  };
  return {
    id: form.id.trim() || scenarioIdFrom(fromFormText(form.title), form.persona.name),
    title: fromFormText(form.title),
    persona: {
      name: form.persona.name.trim() === '' ? undefined : form.persona.name,
      situation: fromFormText(form.persona.situation),
      language: form.persona.language.trim(),
      wants: fromFormText(form.persona.wants),
      interpreter: form.persona.interpreter,
    },
    steps: form.steps.map((step) => ({
      item: step.item,
      says: fromFormText(step.says),
      ...optional('value', step.value),
      disclosure: step.disclosure,
      variants: step.variants.map((variant) => ({
        when: { ...(variant.asked && { asked: variant.asked }), ...(variant.why && { why: variant.why }) },
        says: fromFormText(variant.says),
        ...optional('value', variant.value),
      })),
      goals: [...step.goals],
      ...optional('debrief', step.debrief),
    })),
    ...optional('debrief', form.debrief),
  } as PackScenario; // required texts may still be missing: the schema check reports them at their field
}

/**
 * An id for a new scenario from its title (else the client's name): lower case,
 * accents and å/ä/ö/ø/æ folded, words joined by "-", at most 48 characters
 * (room for "-copy-2"); "scenario" when nothing usable is left.
 */
export function scenarioIdFrom(title: PackScenario['title'] | undefined, name = ''): string {
  const text = title === undefined ? name : typeof title === 'string' ? title : (Object.values(title)[0] ?? name);
  const slug = text
    .toLowerCase()
    .replaceAll('ø', 'o')
    .replaceAll('æ', 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'scenario';
}

/**
 * The item option (labels by language, as a compiled pack lists them) that a
 * value names in every language written, or -1: how the form shows a value as
 * a choice from the item's option list.
 */
export function optionIndex(options: readonly Record<string, string>[], value: FormText): number {
  const written = Object.entries(value).filter(([, text]) => text.trim() !== '');
  if (written.length === 0) return -1;
  return options.findIndex((option) => written.every(([language, text]) => (language === '' ? Object.values(option).includes(text) : option[language] === text)));
}

/** An option chosen as the value: its labels in the languages the trainer writes in (all of its labels when it has none of those). */
export function optionValue(option: Record<string, string>, languages: readonly string[]): FormText {
  const mine = Object.fromEntries(Object.entries(option).filter(([language]) => languages.includes(language)));
  return Object.keys(mine).length > 0 ? mine : { ...option };
}

/** The answer options of a pack item by its id (labels by language); none for a free-text item or an unknown id. */
export type OptionsOf = (itemId: string) => readonly Record<string, string>[];

/**
 * The form written in `languages`, with every answer that is one of its item's
 * options following them: the option's labels in exactly those languages
 * (added languages get the pack's label, removed ones are dropped). Text the
 * trainer typed that is not an option stays as it is (unticked languages are
 * left out on save). Used when the languages change and when a saved scenario
 * opens, so a value picked from the pack never stays in the languages of the
 * moment it was picked.
 */
export function withLanguages(form: ScenarioForm, languages: string[], optionsOf: OptionsOf): ScenarioForm {
  const follow = (itemId: string, value: FormText): FormText => {
    const options = optionsOf(itemId);
    const chosen = optionIndex(options, value);
    return chosen < 0 ? value : optionValue(options[chosen]!, languages);
  };
  return {
    ...form,
    languages: [...languages],
    steps: form.steps.map((step) => ({
      ...step,
      value: follow(step.item, step.value),
      variants: step.variants.map((variant) => ({ ...variant, value: follow(step.item, variant.value) })),
    })),
  };
}

/** An interface string to show: a `_locales` key and its substitutions (the page calls `t`). */
export interface Message {
  key: string;
  subs?: string[];
}

/** A problem at a field of the form. */
export interface FieldProblem {
  /** The field, as a path in the scenario: `title`, `steps.1.says`, `persona.language`, `pack` (the pack chosen). */
  field: string;
  /** The language of the text input at fault, when the problem is in one language's text. */
  language?: string;
  message: Message;
  /** The checker's own words, in English (shown only when there is no plainer message). */
  detail: string;
}

/** Fields of the form that take text per language. */
const TEXT_FIELDS = /^(title|debrief|persona\.(situation|wants)|steps\.\d+\.(says|value|debrief)|steps\.\d+\.variants\.\d+\.(says|value))$/;
/** Fields that take one value: the problem stops there, whatever deeper key the checker named. */
const SINGLE_FIELDS = /^(id|persona\.(name|language|interpreter)|steps\.\d+\.(item|disclosure|goals)|steps\.\d+\.variants\.\d+\.when)$/;

/** Where in the form a checker's path points (the scenario's path, without `scenarios.N`). */
function fieldOf(path: PathKey[]): { field: string; language?: string } {
  if (path[0] === 'practice' || path[0] === 'minPackVersion') return { field: 'pack' };
  const inScenario = path[0] === 'scenarios' && typeof path[1] === 'number' ? path.slice(2) : path;
  for (let end = inScenario.length; end > 0; end--) {
    const field = inScenario.slice(0, end).join('.');
    if (TEXT_FIELDS.test(field)) {
      const language = inScenario[end];
      return typeof language === 'string' ? { field, language } : { field };
    }
    if (SINGLE_FIELDS.test(field)) return { field };
  }
  // A list as a whole ("needs at least one step", "lists more than 8 variants") or the scenario itself.
  const list = inScenario.findLastIndex((key) => key === 'steps' || key === 'variants');
  return { field: list >= 0 ? inScenario.slice(0, list + 1).join('.') : 'scenario' };
}

/**
 * The checkers' messages (rules/pack-schema.ts, check-pack-consistency.ts,
 * practice-file.ts) in plain words: for the form (at the field, "choose one from
 * the list") and for a practice file being imported (where in the file is shown
 * beside it, so the words name what the file must say). A row without a form key
 * cannot happen in the form. `subs` turns the match into the substitutions.
 */
const PLAIN: { pattern: RegExp; form?: string; file: string; subs?: (match: RegExpExecArray) => string[] }[] = [
  { pattern: /^missing required field "?([^"\s]+)"?/, form: 'trainerErrorRequired', file: 'trainerFileErrorMissingField' },
  { pattern: /^missing required field|must not be empty|needs text in at least one language|; found nothing$/, form: 'trainerErrorRequired', file: 'trainerFileErrorRequired' },
  { pattern: /is longer than (\d+) characters/, form: 'trainerErrorTooLong', file: 'trainerFileErrorTooLong' },
  { pattern: /^language "([^"]+)" is not in the pack's languages/, form: 'trainerErrorLanguage', file: 'trainerFileErrorLanguage' },
  { pattern: /contains HTML markup \(([^)]*)\)/, form: 'trainerErrorMarkup', file: 'trainerFileErrorMarkup' },
  { pattern: /^no item has the id "([^"]*)"/, form: 'trainerErrorNoItem', file: 'trainerFileErrorNoItem' },
  { pattern: /already has a step \(step (\d+)\)/, form: 'trainerErrorItemTwice', file: 'trainerFileErrorItemTwice' },
  { pattern: /^duplicate scenario id/, form: 'trainerErrorDuplicateId', file: 'trainerFileErrorDuplicateId' },
  { pattern: /must be an id/, form: 'trainerErrorId', file: 'trainerFileErrorId' },
  { pattern: /must be a language code/, form: 'trainerErrorLanguageCode', file: 'trainerFileErrorLanguageCode' },
  { pattern: /needs asked, why or both/, form: 'trainerErrorVariantWhen', file: 'trainerFileErrorVariantWhen' },
  { pattern: /needs at least one step/, form: 'trainerErrorNoSteps', file: 'trainerFileErrorNoSteps' },
  { pattern: /lists more than (\d+)/, form: 'trainerErrorTooMany', file: 'trainerFileErrorTooMany' },
  { pattern: /needs version (\S+) of the pack or later; (\S+) is installed/, form: 'trainerErrorPackVersion', file: 'trainerFileErrorPackVersion' },
  { pattern: /these scenarios are for the pack "([^"]+)"/, form: 'trainerErrorOtherPack', file: 'trainerFileErrorOtherPack' },
  { pattern: /is listed twice/, form: 'trainerErrorGoalTwice', file: 'trainerFileErrorGoalTwice' },
  { pattern: /^unknown field "([^"]*)" \(did you mean "([^"]*)"\?\)/, file: 'trainerFileErrorUnknownFieldGuess' },
  { pattern: /^unknown field "([^"]*)"/, file: 'trainerFileErrorUnknownField' },
  // Choices: "must be one of none, professional, family-member", "must be open or closed", "must be true or false".
  { pattern: /^must be (?:one of )?([\w-]+(?:(?:, | or )[\w-]+)+)(?:;|$)/, file: 'trainerFileErrorChoice', subs: (m) => [m[1]!.split(/, | or /).join(', ')] },
  { pattern: /^must be text/, file: 'trainerFileErrorText' },
  { pattern: /^must be 1 \(the only format/, file: 'trainerFileErrorFormat' },
  // Reading the file at all (rules/parse-pack-text.ts): the reader's own words are English and technical;
  // the place (line, column) is shown beside ours.
  { pattern: /^the file is empty/, file: 'trainerFileErrorEmpty' },
  { pattern: /^YAML( syntax)?:/, file: 'trainerFileErrorYamlSyntax' },
  { pattern: /^JSON syntax:/, file: 'trainerFileErrorJsonSyntax' },
  { pattern: /^the file is (\S+ [kM]B); a pack may be at most (\S+ [kM]B)/, file: 'trainerFileErrorTooLarge' },
  { pattern: /nested (?:too deeply to read: .* at most|more than) (\d+) levels/, file: 'trainerFileErrorTooDeep' },
  { pattern: /needs at least one scenario/, file: 'trainerFileErrorNoScenarios' },
];

/** Whose words: the form's (a problem at a field the trainer can change) or a practice file's (a problem at a place in the file). */
export type ProblemWords = 'form' | 'file';

/** One checker issue as a problem at its field, in plain words where we have them. */
export function problemAt(issue: PackIssue, words: ProblemWords = 'form'): FieldProblem {
  const where = fieldOf(issue.path);
  for (const row of PLAIN) {
    const key = words === 'file' ? row.file : row.form;
    const match = key === undefined ? null : row.pattern.exec(issue.message);
    if (match && key) return { ...where, message: { key, subs: row.subs ? row.subs(match) : match.slice(1) }, detail: issue.message };
  }
  if (words === 'file') return { ...where, message: { key: 'trainerFileErrorOther', subs: [issue.message] }, detail: issue.message };
  return { ...where, message: { key: 'trainerErrorOther', subs: [`${formatPath(issue.path)}: ${issue.message}`] }, detail: issue.message };
}

export type CheckedScenario = { ok: true; scenario: PackScenario; problems: [] } | { ok: false; problems: FieldProblem[] };

/**
 * Check the form as a practice file for `pack` would be checked: the schema
 * (shape, required texts, ids, lengths), then checkPracticeForPack (items of
 * the pack, one step per item, declared languages, no HTML), and its id
 * against the trainer's other scenarios for that pack (`takenIds`).
 * The scenario returned is the schema's output (defaults filled in), as
 * `loadPracticeFile` would give it.
 */
export function checkScenarioForm(form: ScenarioForm, pack: PracticeTarget, takenIds: ReadonlySet<string> = new Set()): CheckedScenario {
  const file = { practice: pack.id, scenarios: [formToScenario(form)] };
  const checked = checkAgainstSchema(PracticeFileSchema, file);
  if (!checked.ok) return { ok: false, problems: checked.issues.map((issue) => problemAt(issue)) };
  const practice: PracticeFile = checked.output;
  const issues = checkPracticeForPack(practice, pack);
  const scenario = practice.scenarios[0]!;
  if (takenIds.has(scenario.id)) {
    issues.push({ severity: 'error', path: ['scenarios', 0, 'id'], message: `duplicate scenario id "${scenario.id}" (another of your scenarios for this pack)` });
  }
  return issues.length === 0 ? { ok: true, scenario, problems: [] } : { ok: false, problems: issues.map((issue) => problemAt(issue)) };
}

/** The id of the input to focus for a problem (the page gives its inputs these ids). */
export function inputId(field: string, language?: string): string {
  const base = `trainer-${field.replaceAll('.', '-')}`;
  return language === undefined ? base : `${base}-${language === '' ? 'all' : language}`;
}
