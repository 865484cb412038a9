/**
 * Choosing one language from a compiled pack's text. Runtime module: used by
 * the overlay and extension pages, so it imports nothing.
 */
import type { LocalizedText } from './compiled-pack';

/** Browsers report Norwegian Bokmål as `nb` or `no`; packs may use either. */
const SAME_LANGUAGE: Record<string, string> = { no: 'nb', nb: 'no' };

/**
 * The text in the first of `languages` the text has (exact code, then its base
 * language: `sv-SE` → `sv`), then English, then the first entry; `''` if none.
 */
export function pickText(text: LocalizedText | undefined, languages: readonly string[]): string {
  if (!text) return '';
  for (const language of languages) {
    const exact = text[language];
    if (exact !== undefined) return exact;
    const base = language.split('-')[0] ?? language;
    const fallback = text[base] ?? text[SAME_LANGUAGE[base] ?? ''];
    if (fallback !== undefined) return fallback;
  }
  if (text.en !== undefined) return text.en;
  for (const key in text) return text[key] ?? '';
  return '';
}

/**
 * Whether something meant for `only` (language codes; undefined: everyone) is
 * shown to a reader of `language`, with the same base-language and nb/no
 * equivalence as `pickText`. Used for safety resources that belong to one
 * country's side of a pack.
 */
export function shownInLanguage(only: readonly string[] | undefined, language: string): boolean {
  if (!only) return true;
  const base = (code: string) => {
    const b = (code.split('-')[0] ?? code).toLowerCase();
    return SAME_LANGUAGE[b] === 'nb' ? 'nb' : b;
  };
  return only.some((code) => code === language || base(code) === base(language));
}
