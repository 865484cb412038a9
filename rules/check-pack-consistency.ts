/**
 * Validation that needs the whole pack, after the schema has passed: ids are
 * unique, references point somewhere, languages are declared, conditions stay
 * shallow, trigger phrases compile, host patterns are real match patterns,
 * CSS selectors are ones a browser accepts, and no text carries HTML. Everything here is an error: a pack that fails any of
 * it is refused, and the previous good pack stays in force.
 */
import { isValidMatchPattern } from '../utils/match-pattern';
import { selectorProblem } from './check-selector';
import { compilePhrase } from './compile-phrase';
import { strictTextProblem } from './pack-characters';
import { checkLink } from './safe-link';
import { packError, type PackIssue, type PathKey } from './pack-issues';
import { PACK_LIMITS } from './pack-limits';
import { mentionedConcepts } from './compile-condition';
import { BUILT_IN_CONCEPTS } from './lexicon';
import type { PackCondition, PackItem, PackScenario, RulePack } from './pack-schema';
import { eachText, languageKeys, packTexts, type PackText } from './walk-pack-text';

export function checkPackConsistency(pack: RulePack): PackIssue[] {
  const issues: PackIssue[] = [];
  const error = (path: PathKey[], message: string) => issues.push(packError(path, message));

  const declared = new Set<string>();
  pack.languages.forEach((language, i) => {
    if (declared.has(language)) error(['languages', i], `"${language}" is listed twice`);
    declared.add(language);
  });

  pack.hosts.match.forEach((pattern, i) => {
    if (!isValidMatchPattern(pattern)) {
      error(['hosts', 'match', i], `"${pattern}" is not a URL match pattern; write it like "https://cases.example.org/*"`);
    }
  });

  // A selector the browser refuses would never find its field (and would break the others joined with it).
  const checkSelector = (selector: string, path: PathKey[]) => {
    const problem = selectorProblem(selector);
    if (problem) error(path, `"${selector}" is not a CSS selector a browser accepts: ${problem}`);
  };
  if (pack.hosts.caseId?.selector !== undefined) checkSelector(pack.hosts.caseId.selector, ['hosts', 'caseId', 'selector']);
  pack.items.forEach((item, i) => {
    const selectors = item.locators.selector;
    if (typeof selectors === 'string') checkSelector(selectors, ['items', i, 'locators', 'selector']);
    else selectors?.forEach((selector, k) => checkSelector(selector, ['items', i, 'locators', 'selector', k]));
  });

  uniqueIds(pack.sections, ['sections'], 'section', error);
  uniqueIds(pack.items, ['items'], 'item', error);

  const concepts = new Set([...BUILT_IN_CONCEPTS.keys(), ...Object.keys(pack.lexicon ?? {})]);
  const sectionIds = new Set(pack.sections.map((section) => section.id));
  const itemIds = new Set(pack.items.map((item) => item.id));
  pack.items.forEach((item, i) => {
    if (item.section !== undefined && !sectionIds.has(item.section)) {
      error(['items', i, 'section'], `no section has the id "${item.section}"`);
    }
    uniqueIds(item.followUps, ['items', i, 'followUps'], 'follow-up', error);
    item.followUps.forEach((followUp, k) => checkCondition(followUp.when, ['items', i, 'followUps', k, 'when'], 1, concepts, error));
    checkExamples(item, ['items', i], declared, error);
    item.followUps.forEach((followUp, k) =>
      followUp.resources.forEach((resource, r) => {
        if (resource.url === undefined) return;
        const link = checkLink(resource.url);
        if (!link.ok) error(['items', i, 'followUps', k, 'resources', r, 'url'], link.problem);
      }),
    );
    item.followUps.forEach((followUp, k) =>
      followUp.resources.forEach((resource, r) =>
        resource.languages?.forEach((language, l) => {
          if (!declared.has(language)) {
            error(['items', i, 'followUps', k, 'resources', r, 'languages', l], `language "${language}" is not in the pack's languages (${pack.languages.join(', ')})`);
          }
        }),
      ),
    );
  });
  for (const [concept, perLanguage] of Object.entries(pack.lexicon ?? {})) {
    for (const [language, words] of Object.entries(perLanguage)) {
      words.forEach((word, w) => {
        const invisible = strictTextProblem(word);
        if (invisible) error(['lexicon', concept, language, w], invisible);
        const compiled = compilePhrase(word, language);
        if (!compiled.ok && !compiled.refused) error(['lexicon', concept, language, w], compiled.message);
        const markup = findMarkup(word);
        if (markup) error(['lexicon', concept, language, w], `contains HTML markup (${markup}); write plain words`);
      });
    }
  }
  checkScenarios(pack.scenarios ?? [], ['scenarios'], error, itemIds);
  checkPhraseBudget(pack, error);

  checkTexts(packTexts(pack), pack.languages, error);
  return issues;
}

/** Texts use only the declared languages, carry no HTML, and trigger phrases compile. */
export function checkTexts(texts: PackText[], languages: readonly string[], error: (path: PathKey[], message: string) => void) {
  const declared = new Set(languages);
  for (const text of texts) {
    for (const language of languageKeys(text.value)) {
      if (!declared.has(language)) {
        error([...text.path, language], `language "${language}" is not in the pack's languages (${languages.join(', ')})`);
      }
    }
    for (const { language, text: value, index } of eachText(text.value)) {
      const path = [...text.path, ...(language !== undefined ? [language] : []), ...(index !== undefined ? [index] : [])];
      const markup = findMarkup(value);
      if (markup) error(path, `contains HTML markup (${markup}); pack text is always shown as plain text, so write it without tags`);
      // What is matched against the page or an answer must be exactly what it looks like.
      const invisible = text.kind === 'phrases' || text.kind === 'option' || text.kind === 'label' ? strictTextProblem(value) : undefined;
      if (invisible) error(path, invisible);
      if (text.kind === 'phrases') {
        const compiled = compilePhrase(value, language ?? languages[0]);
        if (!compiled.ok && !compiled.refused) error(path, compiled.message); // refused words: a lint warning
      }
    }
  }
}

/**
 * Scenarios, in a pack or a practice file for it: ids unique, every step plays an
 * item of the pack (when `itemIds` is given), at most one step per item in a
 * scenario, no goal twice.
 */
export function checkScenarios(scenarios: PackScenario[], at: PathKey[], error: (path: PathKey[], message: string) => void, itemIds?: ReadonlySet<string>) {
  uniqueIds(scenarios, at, 'scenario', error);
  scenarios.forEach((scenario, i) => {
    const played = new Map<string, number>();
    scenario.steps.forEach((step, j) => {
      const path = [...at, i, 'steps', j];
      if (itemIds && !itemIds.has(step.item)) error([...path, 'item'], `no item has the id "${step.item}"`);
      const earlier = played.get(step.item);
      if (earlier !== undefined) error([...path, 'item'], `item "${step.item}" already has a step (step ${earlier + 1}); put its answers in one step`);
      else played.set(step.item, j);
      step.goals.forEach((goal, k) => {
        if (step.goals.indexOf(goal) !== k) error([...path, 'goals', k], `"${goal}" is listed twice`);
      });
    });
  });
}

function uniqueIds(list: { id: string }[], path: PathKey[], what: string, error: (path: PathKey[], message: string) => void) {
  const first = new Map<string, number>();
  list.forEach((entry, i) => {
    const earlier = first.get(entry.id);
    if (earlier !== undefined) error([...path, i, 'id'], `duplicate ${what} id "${entry.id}" (also ${what} ${earlier + 1})`);
    else first.set(entry.id, i);
  });
}

function checkExamples(item: PackItem, at: PathKey[], declared: Set<string>, error: (path: PathKey[], message: string) => void) {
  const followUps = new Set(item.followUps.map((followUp) => followUp.id));
  item.examples.forEach((example, j) => {
    const path = [...at, 'examples', j];
    const given = (['text', 'option', 'number'] as const).filter((key) => example[key] !== undefined);
    if (given.length !== 1) {
      error(path, given.length === 0 ? 'needs the answer: text, option or number' : `gives ${given.join(' and ')}; an example is one answer: give exactly one`);
    }
    if (!declared.has(example.lang)) error([...path, 'lang'], `language "${example.lang}" is not in the pack's languages`);
    example.fires?.forEach((expected, k) => {
      const id = expected.split(':')[0] ?? '';
      if (!followUps.has(id)) error([...path, 'fires', k], `item "${item.id}" has no follow-up "${id}"`);
    });
    example.notFires?.forEach((id, k) => {
      if (!followUps.has(id)) error([...path, 'notFires', k], `item "${item.id}" has no follow-up "${id}"`);
    });
  });
}

/** The budgets of trigger phrases: per follow-up, and for the whole pack with its lexicon (rules/pack-limits.ts). */
function checkPhraseBudget(pack: RulePack, error: (path: PathKey[], message: string) => void): void {
  let total = 0;
  pack.items.forEach((item, i) =>
    item.followUps.forEach((followUp, k) => {
      const count = phrasesIn(followUp.when);
      total += count;
      if (count > PACK_LIMITS.maxPhrasesPerFollowUp) {
        error(['items', i, 'followUps', k, 'when'], `lists ${count} words or phrases in all; a follow-up may have at most ${PACK_LIMITS.maxPhrasesPerFollowUp}: use a concept (mentions) or keep the words that matter`);
      }
    }),
  );
  for (const perLanguage of Object.values(pack.lexicon ?? {})) {
    for (const words of Object.values(perLanguage)) total += words.length;
  }
  if (total > PACK_LIMITS.maxPhrasesPerPack) {
    error([], `lists ${total} trigger words or phrases in all (follow-up conditions and lexicon); a pack may have at most ${PACK_LIMITS.maxPhrasesPerPack}`);
  }
}

function phrasesIn(condition: PackCondition): number {
  const text = condition.text;
  const own = text === undefined ? 0 : Array.isArray(text) ? text.length : Object.values(text).reduce((sum, list) => sum + list.length, 0);
  return own + [...(condition.anyOf ?? []), ...(condition.allOf ?? [])].reduce((sum, inner) => sum + phrasesIn(inner), 0);
}

function checkCondition(
  condition: PackCondition,
  path: PathKey[],
  depth: number,
  concepts: Set<string>,
  error: (path: PathKey[], message: string) => void,
): void {
  if (depth > PACK_LIMITS.maxConditionDepth) {
    error(path, `conditions are nested more than ${PACK_LIMITS.maxConditionDepth} levels deep; simplify with a flatter anyOf or allOf`);
    return;
  }
  const range = condition.number;
  if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
    error([...path, 'number'], `min (${range.min}) is larger than max (${range.max}), so no answer can match`);
  }
  const mentions = condition.mentions;
  mentionedConcepts(condition).forEach((concept) => {
    if (concepts.has(concept)) return;
    const at = typeof mentions === 'string' ? [...path, 'mentions'] : [...path, 'mentions', (mentions ?? []).indexOf(concept)];
    error(at, `no concept "${concept}": use a built-in one (${[...BUILT_IN_CONCEPTS.keys()].join(', ')}) or define it under lexicon`);
  });
  condition.anyOf?.forEach((inner, i) => checkCondition(inner, [...path, 'anyOf', i], depth + 1, concepts, error));
  condition.allOf?.forEach((inner, i) => checkCondition(inner, [...path, 'allOf', i], depth + 1, concepts, error));
}

// A tag (<b>, </p>, <img …>) or a comment. Linear: [^<>]* cannot run past the next bracket.
const MARKUP = /<(?:[/!?]?[A-Za-z][^<>]*>|!--)/;

/** The first HTML tag in the text, shortened, or undefined. */
export function findMarkup(text: string): string | undefined {
  const match = MARKUP.exec(text);
  if (!match) return undefined;
  return match[0].length > 30 ? `${match[0].slice(0, 27)}…` : match[0];
}
