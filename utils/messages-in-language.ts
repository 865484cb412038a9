/**
 * Interface strings in a chosen language instead of the browser's: for a screen that
 * speaks another language than the interface (the practice page's simulated form
 * speaks the session's, one language per screen). `browser.i18n` gives only the
 * interface's, so these are read from the extension's own
 * `_locales/<folder>/messages.json` (a file in the extension, not the network), with
 * the same placeholder rules as `browser.i18n.getMessage`.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

/** Like `t`: a key and its substitutions (`$1`, `$2`…) to the text, or the key itself when there is none. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The folders under public/_locales, by the language codes that pick them (BCP 47, any region). */
const LOCALE_FOLDERS: Record<string, string> = { en: 'en', sv: 'sv', nb: 'nb', no: 'nb' };

/** The `_locales` folder for `language` (`sv-FI` → `sv`, `no` → `nb`), or undefined when the extension has no strings in it. */
export function localeFolder(language: string): string | undefined {
  return LOCALE_FOLDERS[language.toLowerCase().split(/[-_]/)[0] ?? ''];
}

/**
 * A translator over one `messages.json`: `$NAME$` becomes its placeholder's content,
 * in which `$1`…`$9` are the substitutions, and `$$` is a dollar sign (as Chrome does).
 */
export function translateFrom(messages: Record<string, Message>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const fill = (text: string) => text.replace(/\$(\$|[1-9])/g, (_all, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : all;
    });
    return fill(named);
  };
}

/**
 * The interface strings in `language`, read once from the extension's own files. A
 * language the extension has no strings in, or a file that cannot be read, gives the
 * interface's (`t`): something readable rather than keys.
 */
export async function messagesIn(language: string): Promise<Translate> {
  const folder = localeFolder(language);
  if (!folder) return t;
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${folder}/messages.json` as '/'));
    if (!response.ok) return t;
    return translateFrom((await response.json()) as Record<string, Message>);
  } catch {
    return t;
  }
}
