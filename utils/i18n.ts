/** Interface strings from `_locales` (en, sv, nb), via the browser's i18n API. */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
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
