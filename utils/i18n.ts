/** Interface strings from `_locales` (en, sv, nb), via the browser's i18n API. */
import { browser } from 'wxt/browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
