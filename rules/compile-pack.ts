/**
 * The compiler: a validated pack (rules/load-pack.ts) in, the runtime form the
 * content script uses (rules/compiled-pack.ts) out. Deterministic: the same
 * pack always gives the same JSON, key for key, so stored packs can be compared
 * and the build is reproducible. Plain data only, ready for `storage.local`.
 */
import { normalizeLabel } from '../utils/normalize-text';
import type {
  CompiledFollowUp,
  CompiledPhrase,
  CompiledItem,
  CompiledLocators,
  CompiledNamePattern,
  CompiledPack,
  CompiledScenario,
  CompiledSection,
  CompiledWhy,
  LocalizedText,
  SafetyResource,
} from './compiled-pack';
import { compileCondition, compileUnique, mentionedConcepts } from './compile-condition';
import { compileConceptCues } from './compile-cues';
import { COMPILER_STAMP } from './compiler-stamp';
import { BUILT_IN_CONCEPTS, LEXICON_LANGUAGES } from './lexicon';
import { compileNamePattern } from './name-pattern';
import { secondNetFor } from './pack-second-net';
import type { LocalizedString, PackCondition, PackFollowUp, PackItem, PackScenario, RulePack } from './pack-schema';
import { eachText } from './walk-pack-text';

export function compilePack(pack: RulePack): CompiledPack {
  const languages = [...pack.languages];
  const text = (value: LocalizedString) => localized(value, languages);
  const firstSection = pack.sections[0]?.id ?? '';
  const sections: CompiledSection[] = pack.sections.map((section) => ({
    id: section.id,
    title: text(section.title),
    itemIds: pack.items.filter((item) => (item.section ?? firstSection) === section.id).map((item) => item.id),
    ...(section.precheck && { precheck: section.precheck.map(text) }),
  }));
  const caseId = pack.hosts.caseId;
  const concepts = compileConcepts(pack);
  const cues = concepts && compileConceptCues(Object.keys(concepts));
  const secondNet = concepts && secondNetFor(Object.keys(concepts));
  const items = pack.items.map((item) => compileItem(item, item.section ?? firstSection, text, languages));
  return {
    format: 1,
    compiler: COMPILER_STAMP,
    id: pack.id,
    version: pack.version,
    title: text(pack.title),
    organisation: text(pack.organisation),
    languages,
    hostPatterns: [...pack.hosts.match],
    ...(caseId && {
      caseId: {
        ...(caseId.urlParam !== undefined && { urlParam: caseId.urlParam }),
        ...(caseId.selector !== undefined && { selector: caseId.selector }),
      },
    }),
    sections,
    items,
    ...(concepts && { concepts }),
    ...(cues && { cues }),
    ...(secondNet && { secondNet }),
    ...(pack.scenarios?.length && { scenarios: pack.scenarios.map((scenario) => compileScenario(scenario, text, optionsById(items))) }),
  };
}

/**
 * The words of every concept the pack's conditions mention: the built-in
 * lexicon in all its languages (a case system in Swedish may get notes in
 * English), then the pack's own words. Undefined when nothing is mentioned.
 */
function compileConcepts(pack: RulePack): Record<string, CompiledPhrase[]> | undefined {
  const ids = new Set<string>();
  const visit = (condition: PackCondition): void => {
    for (const id of mentionedConcepts(condition)) ids.add(id);
    condition.anyOf?.forEach(visit);
    condition.allOf?.forEach(visit);
  };
  for (const item of pack.items) for (const followUp of item.followUps) visit(followUp.when);
  if (ids.size === 0) return undefined;
  const out: Record<string, CompiledPhrase[]> = {};
  for (const id of [...ids].sort()) {
    const entries: [string, string, boolean][] = [];
    const builtIn = BUILT_IN_CONCEPTS.get(id);
    if (builtIn) for (const language of LEXICON_LANGUAGES) for (const text of builtIn.words[language]) entries.push([language, text, false]);
    for (const [language, texts] of Object.entries(pack.lexicon?.[id] ?? {})) for (const text of texts) entries.push([language, text, false]);
    out[id] = compileUnique(entries);
  }
  return out;
}

function compileItem(
  item: PackItem,
  sectionId: string,
  text: (value: LocalizedString) => LocalizedText,
  languages: string[],
): CompiledItem {
  const why = item.why;
  return {
    id: item.id,
    ...(item.code && { code: { system: item.code.system, code: item.code.code } }),
    sectionId,
    question: text(item.question),
    required: item.required,
    sensitivity: item.sensitivity,
    locators: compileLocators(item),
    rewordings: item.rewordings.map((rewording) => ({
      text: text(rewording.text),
      ...(rewording.kind !== 'open' && { kind: rewording.kind }),
      ...(rewording.whenToUse !== undefined && { whenToUse: text(rewording.whenToUse) }),
    })),
    ...(why && {
      why: {
        purpose: text(why.purpose),
        ...(why.basis !== undefined && { basis: text(why.basis) }),
        ...(why.whoSees !== undefined && { whoSees: text(why.whoSees) }),
        ...(why.whatNext !== undefined && { whatNext: text(why.whatNext) }),
      } satisfies CompiledWhy,
    }),
    ...(item.sayFirst !== undefined && { sayFirst: text(item.sayFirst) }),
    ...(item.worry !== undefined && { worry: text(item.worry) }),
    followUps: item.followUps.map((followUp) => compileFollowUp(followUp, text, languages, item.options)),
    ...(item.options && { options: item.options.map(text) }),
  };
}

/** A scenario with its texts resolved; also used for a practice file's scenarios (rules/practice-file.ts). */
/** Compiled items' answer options by item id, for compileScenario. */
export function optionsById(items: readonly { id: string; options?: readonly LocalizedText[] }[]): (itemId: string) => readonly LocalizedText[] | undefined {
  const byId = new Map(items.map((item) => [item.id, item.options]));
  return (itemId) => byId.get(itemId);
}

/**
 * A scenario's answer to enter that names one of the item's options (every
 * language it is written in has that option's label, case and spacing aside)
 * as the option's labels in all the pack's languages: a practice run in a
 * language the trainer did not write the answer in still shows the label its
 * form offers ("Ja", not "Yes"). Any other answer stays as written.
 */
export function asOptionLabels(value: LocalizedText, options: readonly LocalizedText[] | undefined): LocalizedText {
  const written = Object.entries(value);
  if (!options || written.length === 0) return value;
  const option = options.find((candidate) => written.every(([language, text]) => candidate[language] !== undefined && normalizeLabel(candidate[language]) === normalizeLabel(text)));
  return option ? { ...option } : value;
}

/** @param optionsOf the item's answer options (compiled), so an answer naming one gets its labels in every language (asOptionLabels) */
export function compileScenario(
  scenario: PackScenario,
  text: (value: LocalizedString) => LocalizedText,
  optionsOf: (itemId: string) => readonly LocalizedText[] | undefined = () => undefined,
): CompiledScenario {
  const answer = (itemId: string, value: LocalizedString) => asOptionLabels(text(value), optionsOf(itemId));
  return {
    id: scenario.id,
    title: text(scenario.title),
    persona: {
      name: scenario.persona.name,
      situation: text(scenario.persona.situation),
      language: scenario.persona.language,
      wants: text(scenario.persona.wants),
      interpreter: scenario.persona.interpreter,
    },
    steps: scenario.steps.map((step) => ({
      itemId: step.item,
      says: text(step.says),
      ...(step.value !== undefined && { value: answer(step.item, step.value) }),
      disclosure: step.disclosure,
      variants: step.variants.map((variant) => ({
        when: { ...variant.when },
        says: text(variant.says),
        ...(variant.value !== undefined && { value: answer(step.item, variant.value) }),
      })),
      goals: [...step.goals],
      ...(step.debrief !== undefined && { debrief: text(step.debrief) }),
    })),
    ...(scenario.debrief !== undefined && { debrief: text(scenario.debrief) }),
  };
}

/** Explicit labels and the question itself, in every language, normalised once here. */
function compileLocators(item: PackItem): CompiledLocators {
  const { selector, name, label } = item.locators;
  const labels = new Set<string>();
  for (const source of [label, item.question]) {
    if (source === undefined) continue;
    for (const { text } of eachText(source)) {
      const normalized = normalizeLabel(text);
      if (normalized !== '') labels.add(normalized);
    }
  }
  return {
    selectors: list(selector).map((s) => s.trim()),
    namePatterns: list(name)
      .map(compileNamePattern)
      .filter((pattern): pattern is CompiledNamePattern => pattern !== undefined),
    labels: [...labels],
  };
}

function compileFollowUp(followUp: PackFollowUp, text: (value: LocalizedString) => LocalizedText, languages: string[], options: LocalizedString[] | undefined): CompiledFollowUp {
  return {
    id: followUp.id,
    when: compileCondition(followUp.when, languages, options),
    severity: followUp.severity,
    ...(followUp.summary !== undefined && { summary: text(followUp.summary) }),
    prompt: text(followUp.prompt),
    resources: followUp.resources.map(
      (resource): SafetyResource => ({
        name: text(resource.name),
        ...(resource.phone !== undefined && { phone: resource.phone }),
        ...(resource.url !== undefined && { url: resource.url }),
        ...(resource.hours !== undefined && { hours: text(resource.hours) }),
        ...(resource.example && { example: true }),
        ...(resource.languages && { languages: [...resource.languages] }),
      }),
    ),
    nextSteps: followUp.nextSteps.map(text),
  };
}

/**
 * Plain text means "the same in every language": it is stored once, under the
 * pack's default language, where `pickText`'s fallback finds it for any reader.
 * Maps are copied in the pack's language order, so output does not depend on
 * the order the author wrote them in.
 */
export function localized(value: LocalizedString, languages: string[]): LocalizedText {
  if (typeof value === 'string') return { [languages[0] ?? 'en']: value };
  const out: LocalizedText = {};
  for (const language of languages) {
    const entry = value[language];
    if (entry !== undefined) out[language] = entry;
  }
  return out;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
