/** The trainer editor's words: language names, problems and scenario texts in the reader's language. */
import type { CompiledItem, CompiledPack, LocalizedText } from '../../../rules/compiled-pack';
import { pickText } from '../../../rules/localized-text';
import type { PackScenario } from '../../../rules/pack-schema';
import { interfaceLanguage, t } from '../../../utils/i18n';
import type { FieldProblem, FormText } from './scenario-form';

export const uiLanguage = interfaceLanguage;

/** "sv" as "Swedish" in the reader's language; `''` (a text for every language) as "every language". */
export function languageName(code: string): string {
  if (code === '') return t('trainerEveryLanguage');
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function problemText(problem: FieldProblem): string {
  const text = t(problem.message.key, problem.message.subs);
  return problem.language === undefined ? text : `${languageName(problem.language)}: ${text}`;
}

/**
 * A text to show: in the reader's language if written, else the first written;
 * with its language for `lang`. `languages`: only these (and a text for every language).
 */
export function shownText(text: FormText | PackScenario['title'] | undefined, languages?: readonly string[]): { text: string; lang?: string } {
  if (text === undefined) return { text: '' };
  if (typeof text === 'string') return { text };
  const written = Object.entries(text).filter(([lang, value]) => value.trim() !== '' && (!languages || lang === '' || languages.includes(lang)));
  const ui = uiLanguage();
  const base = ui.split('-')[0];
  const pick = written.find(([lang]) => lang === ui) ?? written.find(([lang]) => lang === base) ?? written[0];
  if (!pick) return { text: '' };
  return pick[0] === '' ? { text: pick[1] } : { text: pick[1], lang: pick[0] };
}

export const packText = (pack: Pick<CompiledPack, 'languages'>, text: LocalizedText | undefined) => pickText(text, [uiLanguage(), ...pack.languages]);

/** The answer options an item lists (packs may name them for the practice form); none: a free-text answer. */
export function itemOptions(item: CompiledItem | undefined): LocalizedText[] {
  return (item as (CompiledItem & { options?: LocalizedText[] }) | undefined)?.options ?? [];
}

/** The answer options of the pack's items, by item id: what `withLanguages` keeps picked answers in step with. */
export const packOptions = (pack: Pick<CompiledPack, 'items'>) => (itemId: string) => itemOptions(pack.items.find((item) => item.id === itemId));
