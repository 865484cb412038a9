/** Interface strings from `_locales` (en, sv, nb), via the browser's i18n API. */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/**
 * The language the interface strings are in (`interfaceLanguage` in _locales:
 * en, sv or nb), else the browser's UI language. Not always the same: a German
 * browser shows the English strings, and pages must then say `lang="en"` and
 * show pack texts and language names in English too (one language per screen).
 */
export function interfaceLanguage(): string {
  return browser.i18n.getMessage('interfaceLanguage' as never) || browser.i18n.getUILanguage();
}

/** Scripts written right to left, for browsers without `Intl.Locale#getTextInfo`. */
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)(-|$)/i;

/**
 * The writing direction of a language (BCP 47 tag), for the `dir` of text shown in it:
 * a card in English on a right-to-left case system still reads left to right.
 */
export function textDirection(language: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(language) as Intl.Locale & { getTextInfo?(): { direction?: string } }).getTextInfo?.();
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // not a well-formed tag: fall back to the list
  }
  return RTL_LANGUAGES.test(language) ? 'rtl' : 'ltr';
}

/**
 * A counted interface string: `<key>_<plural category>` of `count` by the interface
 * language's own plural rules (Intl.PluralRules), falling back to `<key>_other`.
 * `substitutions` fill `$1`, `$2`…; by default `count` alone.
 */
export function tCount(key: string, count: number, substitutions: string[] = [String(count)]): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(interfaceLanguage()).select(count);
  } catch {
    // an unknown interface language: the general form
  }
  return browser.i18n.getMessage(`${key}_${category}` as never, substitutions) || t(`${key}_other`, substitutions);
}
