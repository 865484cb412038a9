/** Interface strings from `_locales` (en, sv, nb), via the browser's i18n API. */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/**
 * A message with plural forms, chosen by Intl.PluralRules for the interface
 * language: `key_one`, `key_other` (en, sv and nb have just these two), falling
 * back to `key_other`. `count` is also substitution $1.
 */
export function tPlural(key: string, count: number, substitutions: string[] = []): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(browser.i18n.getUILanguage()).select(count);
  } catch {
    // an unknown interface language: the "other" form
  }
  const values = [String(count), ...substitutions];
  return browser.i18n.getMessage(`${key}_${category}` as never, values) || t(`${key}_other`, values);
}
