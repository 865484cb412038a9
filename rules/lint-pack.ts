/**
 * The linter: warnings about coaching quality in a valid pack. Errors stop a
 * pack (rules/load-pack.ts); warnings are what a methods group should fix
 * before the pack reaches advisers: a "rewording" that is still a yes/no
 * question, a sensitive question with no reason or follow-up, a critical
 * follow-up without safety information, missing translations, locators that
 * can never find a field. Each warning names its rule, so tests and supervisors
 * can tell them apart.
 */
import { normalizeLabel } from '../utils/normalize-text';
import { compileNamePattern } from './name-pattern';
import { packWarning, type PackIssue, type PathKey } from './pack-issues';
import type { LocalizedString, PackItem, RulePack } from './pack-schema';
import { judgeTurn, type SentenceKind } from './question-form';
import { eachText, languageKeys, packTexts } from './walk-pack-text';

/** Said aloud at a calm pace this is about ten seconds: longer and the client loses the question. */
export const MAX_REWORDING_WORDS = 30;

export type LintRule =
  | 'closed-rewording'
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
  | 'changelog-missing-version';

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
    lintSensitivity(item, ['items', i], warn);
    lintLocators(item, ['items', i], warn);
  });
  lintDuplicateLabels(pack, warn);
  lintTranslations(pack, warn);
  if (pack.changelog.length > 0 && !pack.changelog.some((entry) => entry.version === pack.version)) {
    warn('changelog-missing-version', ['changelog'], `no changelog entry for version ${pack.version}: say what changed for the teams that install it`);
  }
  return warnings;
}

type Warn = (rule: LintRule, path: PathKey[], message: string) => void;

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
      const judgement = judgeTurn(text, language);
      if (judgement.form === 'closed') {
        const start = OPEN_STARTS[language.split('-')[0] ?? ''] ?? OPEN_STARTS.en;
        warn('closed-rewording', path, `"${preview(text)}" ${closedBecause(judgement.decidedBy?.kind)}; ask it openly, e.g. starting with ${start}`);
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
}

function lintSensitivity(item: PackItem, at: PathKey[], warn: Warn) {
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
    if (followUp.severity !== 'critical') return;
    const path = [...at, 'followUps', k];
    if (followUp.resources.length === 0) {
      warn('critical-without-resource', path, 'a critical follow-up needs at least one safety resource (mark examples with example: true)');
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

function preview(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}
