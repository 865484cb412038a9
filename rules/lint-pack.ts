/**
 * The linter: warnings about coaching quality in a valid pack. Errors stop a
 * pack (rules/load-pack.ts); warnings are what a methods group should fix
 * before the pack reaches advisers: a "rewording" that is still a yes/no
 * question, a sensitive question with no reason or follow-up, a critical
 * follow-up without safety information, missing translations, locators that
 * can never find a field, a follow-up with no one-line summary. Safety
 * questions asked plainly on purpose (`kind: direct`) and questions for a
 * number or a date (`kind: fact`) are not held to the open-question rule, but a
 * direct one needs a `sayFirst` that frames it. Each warning names its rule, so tests and supervisors
 * can tell them apart.
 */
import { normalizeLabel } from '../utils/normalize-text';
import { compileNamePattern } from './name-pattern';
import { packWarning, type PackIssue, type PathKey } from './pack-issues';
import type { LocalizedString, PackItem, PackScenario, RulePack } from './pack-schema';
import { shownInLanguage } from './localized-text';
import { judgeTurn, type SentenceKind } from './question-form';
import { eachText, languageKeys, packTexts } from './walk-pack-text';
import { compilePhrase } from './compile-phrase';
import { isPositionRef, type OptionRef, type PackCondition } from './pack-schema';
import { declaredOptionNamed } from './declared-options';
import { runExamples } from './run-examples';

/** Said aloud at a calm pace this is about ten seconds: longer and the client loses the question. */
export const MAX_REWORDING_WORDS = 30;

export type LintRule =
  | 'closed-rewording'
  | 'direct-without-say-first'
  | 'follow-up-without-summary'
  | 'rewording-too-long'
  | 'duplicate-rewording'
  | 'sensitive-without-why'
  | 'sensitive-without-follow-up'
  | 'safety-critical-without-critical-follow-up'
  | 'critical-without-resource'
  | 'critical-without-next-step'
  | 'missing-translation'
  | 'wildcard-name'
  | 'empty-label'
  | 'duplicate-label'
  | 'changelog-missing-version'
  | 'phrase-refused'
  | 'option-label-missing-language'
  | 'option-not-declared'
  | 'scenario-value-not-an-option'
  | 'scenario-asks-through-relative'
  | 'example-fails';

const OPEN_STARTS: Record<string, string> = {
  en: '"What", "How" or "Tell me about"',
  sv: '"Hur", "Vad" or "Berätta"',
  nb: '"Hva", "Hvordan" or "Fortell"',
};

/** Why a closed rewording is closed, by the kind of the sentence that decided it (rules/question-form.ts). */
function closedBecause(kind: SentenceKind | undefined): string {
  switch (kind) {
    case 'yes-no':
      return 'reads as a closed question (it can be answered yes or no)';
    case 'closed-invitation':
      return 'reads as a closed question (it asks whether, to be answered yes or no)';
    case 'fact-question':
    case 'scale-question':
      return 'reads as a closed question (it asks for a single fact)';
    case 'reflection':
    case 'tag':
      return 'reads as a statement to confirm, not an open question';
    default:
      return 'does not ask anything';
  }
}

export function lintPack(pack: RulePack): PackIssue[] {
  const warnings: PackIssue[] = [];
  const warn = (rule: LintRule, path: PathKey[], message: string) => warnings.push(packWarning(rule, path, message));
  const defaultLanguage = pack.languages[0] ?? 'en';

  pack.items.forEach((item, i) => {
    lintRewordings(item, ['items', i], defaultLanguage, warn);
    lintSensitivity(item, ['items', i], pack.languages, warn);
    lintLocators(item, ['items', i], warn);
  });
  lintDuplicateLabels(pack, warn);
  lintTranslations(pack, warn);
  lintRefusedPhrases(pack, warn);
  pack.items.forEach((item, i) =>
    item.followUps.forEach((followUp, k) => lintOptionConditions(followUp.when, ['items', i, 'followUps', k, 'when'], item, pack.languages, warn)),
  );
  lintScenarioValues(pack, warn);
  lintScenarioSafeSetting(pack, warn);
  for (const result of runExamples(pack).results) {
    for (const problem of result.problems) warn('example-fails', result.path, `example answer for "${result.itemId}": ${problem}`);
  }
  if (pack.changelog.length > 0 && !pack.changelog.some((entry) => entry.version === pack.version)) {
    warn('changelog-missing-version', ['changelog'], `no changelog entry for version ${pack.version}: say what changed for the teams that install it`);
  }
  return warnings;
}

/**
 * Warnings about a stand-alone practice file's scenarios, checked against the
 * pack it names (the same rule as for a pack's own scenarios; paths as in the
 * file: `scenarios[0].steps[1].value.sv`).
 */
export function lintPracticeScenarios(pack: RulePack, scenarios: PackScenario[]): PackIssue[] {
  const warnings: PackIssue[] = [];
  lintScenarioValues({ ...pack, scenarios }, (rule, path, message) => warnings.push(packWarning(rule, path, message)));
  return warnings;
}

type Warn = (rule: LintRule, path: PathKey[], message: string) => void;

/**
 * A scenario's answer to enter at an item with options must be one of them, in each
 * language, or the trainee cannot enter it on the practice page's form.
 */
function lintScenarioValues(pack: RulePack, warn: Warn) {
  const items = new Map(pack.items.map((item) => [item.id, item]));
  const defaultLanguage = pack.languages[0] ?? 'en';
  pack.scenarios?.forEach((scenario, i) => {
    scenario.steps.forEach((step, j) => {
      const options = items.get(step.item)?.options;
      if (!options) return;
      const answers = [
        { value: step.value, path: ['scenarios', i, 'steps', j, 'value'] },
        ...step.variants.map((variant, k) => ({ value: variant.value, path: ['scenarios', i, 'steps', j, 'variants', k, 'value'] })),
      ];
      for (const { value, path } of answers) {
        if (value === undefined) continue;
        for (const { language, text, path: at } of perLanguage(value, path, defaultLanguage)) {
          const labels = options.map((option) => (typeof option === 'string' ? option : (option[language] ?? option[defaultLanguage] ?? '')));
          if (!labels.some((label) => normalizeLabel(label) === normalizeLabel(text))) {
            warn('scenario-value-not-an-option', at, `"${preview(text)}" is not one of the options of "${step.item}" in ${language} (${labels.join(', ')}): the trainee cannot enter it`);
          }
        }
      }
    });
  });
}

/**
 * A scenario whose client has a family member interpreting must not reward asking
 * a safety-critical question through them (the packs' own guidance: ask it only
 * with the client on their own, with a professional interpreter): its goals there
 * include `safe-setting-first`. Without it, the summary would score the question
 * asked through the relative as met.
 */
function lintScenarioSafeSetting(pack: RulePack, warn: Warn) {
  const items = new Map(pack.items.map((item) => [item.id, item]));
  pack.scenarios?.forEach((scenario, i) => {
    if (scenario.persona.interpreter !== 'family-member') return;
    scenario.steps.forEach((step, j) => {
      if (items.get(step.item)?.sensitivity !== 'safety-critical' || step.goals.includes('safe-setting-first')) return;
      warn(
        'scenario-asks-through-relative',
        ['scenarios', i, 'steps', j, 'goals'],
        `"${step.item}" is a safety question and a family member interprets: add the goal safe-setting-first (speak with the client alone, or leave it for a meeting with a professional interpreter), or the summary rewards asking it through the relative`,
      );
    });
  });
}

/** Per-language texts of a localised string, with the path to each. Plain text counts as the default language. */
function perLanguage(value: LocalizedString, path: PathKey[], defaultLanguage: string) {
  return typeof value === 'string'
    ? [{ language: defaultLanguage, text: value, path }]
    : Object.entries(value).map(([language, text]) => ({ language, text, path: [...path, language] }));
}

function lintRewordings(item: PackItem, at: PathKey[], defaultLanguage: string, warn: Warn) {
  const seen = new Set<string>();
  item.rewordings.forEach((rewording, j) => {
    for (const { language, text, path } of perLanguage(rewording.text, [...at, 'rewordings', j, 'text'], defaultLanguage)) {
      const judgement = rewording.kind === 'open' ? judgeTurn(text, language) : undefined;
      if (judgement?.form === 'closed') {
        const start = OPEN_STARTS[language.split('-')[0] ?? ''] ?? OPEN_STARTS.en;
        warn(
          'closed-rewording',
          path,
          `"${preview(text)}" ${closedBecause(judgement.decidedBy?.kind)}; ask it openly, e.g. starting with ${start}, or mark it kind: direct if a safety question is asked plainly on purpose`,
        );
      }
      const words = text.trim().split(/\s+/).length;
      if (words > MAX_REWORDING_WORDS) {
        warn('rewording-too-long', path, `${words} words is too long to say aloud in an interview; keep a rewording under ${MAX_REWORDING_WORDS} words`);
      }
      const key = `${language}:${normalizeLabel(text)}`;
      if (seen.has(key)) warn('duplicate-rewording', path, 'the same rewording appears twice in this item');
      seen.add(key);
    }
  });
  const direct = item.rewordings.findIndex((rewording) => rewording.kind === 'direct');
  if (direct >= 0 && item.sayFirst === undefined) {
    warn(
      'direct-without-say-first',
      [...at, 'rewordings', direct],
      `a question asked directly needs a sayFirst: tell the client that everyone is asked it, and when an answer must be passed on`,
    );
  }
}

function lintSensitivity(item: PackItem, at: PathKey[], languages: readonly string[], warn: Warn) {
  const sensitive = item.sensitivity === 'sensitive' || item.sensitivity === 'safety-critical';
  if (sensitive && !item.why) {
    warn('sensitive-without-why', at, `${describe(item)} has no "why": advisers need words to explain why they ask`);
  }
  if (sensitive && item.followUps.length === 0) {
    warn('sensitive-without-follow-up', at, `${describe(item)} has no follow-up: a hard answer needs a humane next step, not the next question`);
  }
  if (item.sensitivity === 'safety-critical' && item.followUps.length > 0 && !item.followUps.some((f) => f.severity === 'critical')) {
    warn('safety-critical-without-critical-follow-up', [...at, 'followUps'], 'a safety-critical item needs at least one follow-up with severity critical');
  }
  item.followUps.forEach((followUp, k) => {
    const path = [...at, 'followUps', k];
    if (followUp.summary === undefined) {
      warn('follow-up-without-summary', path, `follow-up "${followUp.id}" has no summary: one line above the prompt says what it is about at a glance`);
    }
    if (followUp.severity !== 'critical') return;
    if (followUp.resources.length === 0) {
      warn('critical-without-resource', path, 'a critical follow-up needs at least one safety resource (mark examples with example: true)');
    } else {
      const without = languages.filter((language) => !followUp.resources.some((resource) => shownInLanguage(resource.languages, language)));
      if (without.length > 0) {
        warn('critical-without-resource', [...path, 'resources'], `no safety resource is shown in ${without.join(', ')}: every resource here is limited to other languages`);
      }
    }
    if (followUp.nextSteps.length === 0) warn('critical-without-next-step', path, 'a critical follow-up needs at least one next step');
  });
}

function describe(item: PackItem): string {
  return `${item.required ? 'required ' : ''}${item.sensitivity} item "${item.id}"`;
}

function lintLocators(item: PackItem, at: PathKey[], warn: Warn) {
  const { name, label } = item.locators;
  const path = [...at, 'locators'];
  listWithPaths(name, [...path, 'name']).forEach(({ value, path: p }) => {
    if (!compileNamePattern(value)) warn('wildcard-name', p, `name pattern "${value}" is all wildcards: it would match every field, so it is ignored`);
  });
  if (label !== undefined) {
    for (const { language, text, index } of eachText(label)) {
      if (normalizeLabel(text) === '') {
        const p = [...path, 'label', ...(language ? [language] : []), ...(index !== undefined ? [index] : [])];
        warn('empty-label', p, `label "${text}" has no words once numbering and punctuation are removed, so it can never match`);
      }
    }
  }
}

function listWithPaths(value: string | string[] | undefined, path: PathKey[]) {
  if (value === undefined) return [];
  return typeof value === 'string' ? [{ value, path }] : value.map((v, i) => ({ value: v, path: [...path, i] }));
}

/** Two items that claim the same label: a field with that label would go to whichever comes first. */
function lintDuplicateLabels(pack: RulePack, warn: Warn) {
  const owner = new Map<string, string>();
  pack.items.forEach((item, i) => {
    const labels = new Set<string>();
    for (const source of [item.locators.label, item.question]) {
      if (source !== undefined) for (const { text } of eachText(source)) labels.add(normalizeLabel(text));
    }
    labels.delete('');
    for (const label of labels) {
      const other = owner.get(label);
      if (other !== undefined && other !== item.id) {
        warn('duplicate-label', ['items', i, 'locators'], `label "${label}" also belongs to item "${other}": a field with that label cannot tell them apart`);
      } else owner.set(label, item.id);
    }
  });
}

function lintTranslations(pack: RulePack, warn: Warn) {
  if (pack.languages.length < 2) return;
  for (const text of packTexts(pack)) {
    if (text.kind !== 'prose' && text.kind !== 'phrases') continue;
    const present = languageKeys(text.value);
    if (present.length === 0) continue; // plain text or list: language-neutral by choice
    const missing = pack.languages.filter((language) => !present.includes(language));
    if (missing.length === 0) continue;
    const what = text.kind === 'phrases' ? 'words to look for' : 'text';
    warn('missing-translation', text.path, `no ${what} in ${missing.join(', ')} (the pack declares ${pack.languages.join(', ')})`);
  }
}

/** Words the matcher will not look for (one letter matches almost anything): say so, by name. */
function lintRefusedPhrases(pack: RulePack, warn: Warn) {
  const check = (text: string, language: string, path: PathKey[]) => {
    const compiled = compilePhrase(text, language);
    if (!compiled.ok && compiled.refused) warn('phrase-refused', path, `refused: ${compiled.message}`);
  };
  for (const text of packTexts(pack)) {
    if (text.kind !== 'phrases') continue;
    for (const { language, text: value, index } of eachText(text.value)) {
      check(value, language ?? pack.languages[0] ?? 'en', [...text.path, ...(language ? [language] : []), ...(index !== undefined ? [index] : [])]);
    }
  }
  for (const [concept, perLanguage] of Object.entries(pack.lexicon ?? {})) {
    for (const [language, words] of Object.entries(perLanguage)) words.forEach((word, w) => check(word, language, ['lexicon', concept, language, w]));
  }
}

/**
 * An option condition on an item that declares its options should name one of
 * them (by a label, or a position within the list): any other name can only be
 * the case system's value for an option, or a slip. And it should name the option
 * in every language of the pack, itself or through the declared option it names
 * (rules/declared-options.ts), or by position: a case system showing "Ja" never
 * matches a condition that only says "Yes". A plain label counts as the pack's
 * first language; a plain declared option as every language.
 */
function lintOptionConditions(condition: PackCondition, path: PathKey[], item: PackItem, languages: string[], warn: Warn) {
  const declared = item.options;
  const firstLanguage = languages[0] ?? 'en';
  const listed = () => (declared ?? []).map((option) => (typeof option === 'string' ? option : (option[firstLanguage] ?? Object.values(option)[0]))).join(', ');
  const check = (option: OptionRef, at: PathKey[]) => {
    if (isPositionRef(option)) {
      if (declared && option.position > declared.length) warn('option-not-declared', at, `option { position: ${option.position} }: "${item.id}" declares only ${declared.length} options (${listed()}), so the follow-up never appears for it`);
      return;
    }
    const named = declaredOptionNamed(option, declared);
    const shown = typeof option === 'string' ? option : Object.values(option)[0];
    if (declared && !named) {
      warn(
        'option-not-declared',
        at,
        `option "${shown}" is none of the options "${item.id}" declares (${listed()}): unless it is the case system's value for one of them, the follow-up never appears for it; name one of those, or its { position: N }`,
      );
      return;
    }
    if (languages.length < 2) return;
    if (typeof option === 'string' && !/\p{L}/u.test(option)) return; // a value such as "2" is the same in every language
    if (typeof named === 'string') return; // a declared option with one label for every language
    const present = new Set([...(typeof option === 'string' ? [firstLanguage] : Object.keys(option)), ...(named ? Object.keys(named) : [])]);
    const missing = languages.filter((language) => !present.has(language));
    if (missing.length === 0) return;
    warn(
      'option-label-missing-language',
      at,
      `option "${shown}" has no label in ${missing.join(', ')}: a case system that shows its options in ${missing.length === 1 ? 'that language' : 'those languages'} will not match it; give the label per language ({ ${languages.map((l) => `${l}: …`).join(', ')} }) or the option's { position: N }`,
    );
  };
  if (condition.option !== undefined) check(condition.option, [...path, 'option']);
  condition.optionIn?.forEach((option, i) => check(option, [...path, 'optionIn', i]));
  condition.anyOf?.forEach((inner, i) => lintOptionConditions(inner, [...path, 'anyOf', i], item, languages, warn));
  condition.allOf?.forEach((inner, i) => lintOptionConditions(inner, [...path, 'allOf', i], item, languages, warn));
}

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}
