/** Dates and pack titles in the interface language (one language per screen: a German browser shows English strings, so English dates). */
import { interfaceLanguage } from '../../utils/i18n';
import type { LocalizedTitle } from '../../utils/notes/note';

export function uiLanguage(): string {
  try {
    return interfaceLanguage();
  } catch {
    return 'en';
  }
}

export function formatDay(ms: number, language = uiLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(ms);
}

export function formatDateTime(ms: number, language = uiLanguage()): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** The title in the interface language, else its base language, English, or any. */
export function pickTitle(title: LocalizedTitle, language = uiLanguage()): string {
  const base = language.split(/[-_]/)[0] ?? language;
  return title[language] ?? title[base] ?? title.en ?? Object.values(title)[0] ?? '';
}

/** "1 day", "30 days", "30 dagar", "30 dager": plurals from Intl, not from string keys. */
export function formatDuration(value: number, unit: 'day' | 'minute', language = uiLanguage()): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
