/**
 * Every localisable text in a pack, with its path and what kind of text it is.
 * The checks that care about languages (declared languages, missing
 * translations) walk the pack through this one list, so a field added to the
 * schema is added here once.
 */
import type { PathKey } from './pack-issues';
import { isPositionRef, type LocalizedList, type LocalizedString, type PackCondition, type PackScenario, type PhraseListValue, type RulePack } from './pack-schema';

export type TextKind =
  /** Read by advisers or clients: needs every declared language. */
  | 'prose'
  /** Proper names (a helpline's name): one form is fine. */
  | 'name'
  /** Host-page option values and labels: in whatever language the case system uses. */
  | 'option'
  /** Label texts as the case system shows them. */
  | 'label'
  /** Words to find in free-text answers. */
  | 'phrases';

export interface PackText {
  path: PathKey[];
  kind: TextKind;
  value: LocalizedString | LocalizedList | PhraseListValue;
}

export function packTexts(pack: RulePack): PackText[] {
  const out: PackText[] = [];
  const prose = (path: PathKey[], value: LocalizedString | undefined) => {
    if (value !== undefined) out.push({ path, kind: 'prose', value });
  };
  prose(['title'], pack.title);
  prose(['description'], pack.description);
  out.push({ path: ['organisation'], kind: 'name', value: pack.organisation });
  pack.changelog.forEach((entry, i) => prose(['changelog', i, 'changes'], entry.changes));
  pack.sections.forEach((section, i) => {
    prose(['sections', i, 'title'], section.title);
    prose(['sections', i, 'description'], section.description);
    section.precheck?.forEach((check, j) => prose(['sections', i, 'precheck', j], check));
  });
  pack.items.forEach((item, i) => {
    const at = ['items', i];
    prose([...at, 'question'], item.question);
    if (item.locators.label !== undefined) out.push({ path: [...at, 'locators', 'label'], kind: 'label', value: item.locators.label });
    item.rewordings.forEach((rewording, j) => {
      prose([...at, 'rewordings', j, 'text'], rewording.text);
      prose([...at, 'rewordings', j, 'whenToUse'], rewording.whenToUse);
    });
    if (item.why) {
      prose([...at, 'why', 'purpose'], item.why.purpose);
      prose([...at, 'why', 'basis'], item.why.basis);
      prose([...at, 'why', 'whoSees'], item.why.whoSees);
      prose([...at, 'why', 'whatNext'], item.why.whatNext);
    }
    prose([...at, 'sayFirst'], item.sayFirst);
    prose([...at, 'worry'], item.worry);
    item.options?.forEach((option, j) => out.push({ path: [...at, 'options', j], kind: 'label', value: option }));
    item.followUps.forEach((followUp, k) => {
      const f = [...at, 'followUps', k];
      conditionTexts(followUp.when, [...f, 'when'], out);
      prose([...f, 'summary'], followUp.summary);
      prose([...f, 'prompt'], followUp.prompt);
      followUp.resources.forEach((resource, r) => {
        out.push({ path: [...f, 'resources', r, 'name'], kind: 'name', value: resource.name });
        prose([...f, 'resources', r, 'hours'], resource.hours);
      });
      followUp.nextSteps.forEach((step, s) => prose([...f, 'nextSteps', s], step));
    });
  });
  out.push(...scenarioTexts(pack.scenarios ?? [], ['scenarios']));
  return out;
}

/** The texts of practice scenarios, in a pack (`['scenarios']`) or a stand-alone practice file. */
export function scenarioTexts(scenarios: PackScenario[], at: PathKey[]): PackText[] {
  const out: PackText[] = [];
  const add = (path: PathKey[], kind: TextKind, value: LocalizedString | undefined) => {
    if (value !== undefined) out.push({ path, kind, value });
  };
  scenarios.forEach((scenario, i) => {
    const s = [...at, i];
    add([...s, 'title'], 'prose', scenario.title);
    add([...s, 'persona', 'situation'], 'prose', scenario.persona.situation);
    add([...s, 'persona', 'wants'], 'prose', scenario.persona.wants);
    add([...s, 'debrief'], 'prose', scenario.debrief);
    scenario.steps.forEach((step, j) => {
      const t = [...s, 'steps', j];
      add([...t, 'says'], 'prose', step.says);
      // What goes into the form: an option's value or label, in the case system's language.
      add([...t, 'value'], 'option', step.value);
      add([...t, 'debrief'], 'prose', step.debrief);
      step.variants.forEach((variant, k) => {
        add([...t, 'variants', k, 'says'], 'prose', variant.says);
        add([...t, 'variants', k, 'value'], 'option', variant.value);
      });
    });
  });
  return out;
}

function conditionTexts(condition: PackCondition, path: PathKey[], out: PackText[]): void {
  if (condition.option !== undefined && !isPositionRef(condition.option)) {
    out.push({ path: [...path, 'option'], kind: 'option', value: condition.option });
  }
  condition.optionIn?.forEach((option, i) => {
    if (!isPositionRef(option)) out.push({ path: [...path, 'optionIn', i], kind: 'option', value: option });
  });
  if (condition.text !== undefined) out.push({ path: [...path, 'text'], kind: 'phrases', value: condition.text });
  condition.anyOf?.forEach((inner, i) => conditionTexts(inner, [...path, 'anyOf', i], out));
  condition.allOf?.forEach((inner, i) => conditionTexts(inner, [...path, 'allOf', i], out));
}

/** The language keys of a per-language value; empty for a plain string or list (language-neutral). */
export function languageKeys(value: PackText['value']): string[] {
  return typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

/** Each (language or undefined, text) pair in a localised text or list. */
export function eachText(value: PackText['value']): { language?: string; text: string; index?: number }[] {
  const out: { language?: string; text: string; index?: number }[] = [];
  const add = (language: string | undefined, entry: string | string[]) => {
    if (typeof entry === 'string') out.push({ language, text: entry });
    else entry.forEach((text, index) => out.push({ language, text, index }));
  };
  if (typeof value === 'string' || Array.isArray(value)) add(undefined, value);
  else for (const [language, entry] of Object.entries(value)) add(language, entry);
  return out;
}
