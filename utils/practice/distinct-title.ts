/**
 * A scenario title that no other scenario in the trainer's list has, so lists
 * (the trainer editor's, the practice page's scenario choice) never show two
 * identical entries: a duplicate becomes "… (copy)", "… (copy 2)" (sv
 * "(kopia)", nb "(kopi)"), an imported scenario whose title is taken "… (2)",
 * "… (3)". Each language of the title gets its own word, because a title is
 * shown in its own language whatever the interface's. Pure: no browser API.
 */
import type { PackScenario } from '../../rules/pack-schema';

type Title = PackScenario['title'];

/** "copy" in the title's language; a language without a word here numbers the copies instead ("(2)"). */
const COPY_WORD: Record<string, string> = { en: 'copy', sv: 'kopia', nb: 'kopi', nn: 'kopi', no: 'kopi', da: 'kopi' };

export type TitleSuffix = 'copy' | 'number';

const comparable = (text: string) => text.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/** Every text of the titles, in any language, as compared: two titles clash when they share one. */
function textsOf(titles: readonly Title[]): Set<string> {
  const texts = new Set<string>();
  for (const title of titles) for (const text of typeof title === 'string' ? [title] : Object.values(title)) texts.add(comparable(text));
  return texts;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with the n-th suffix: copy 1 "X (copy)", copy n "X (copy n)", number n "X (n)"; an earlier suffix of the same kind is replaced, not stacked. */
function withSuffix(text: string, language: string, how: TitleSuffix, n: number): string {
  const word = how === 'copy' ? COPY_WORD[language.split('-')[0] ?? ''] : undefined;
  const base = text.replace(word ? new RegExp(`\\s*\\(${escape(word)}(?: \\d+)?\\)$`, 'iu') : /\s*\(\d+\)$/u, '').trimEnd() || text;
  if (word) return n === 1 ? `${base} (${word})` : `${base} (${word} ${n})`;
  return `${base} (${how === 'copy' ? n + 1 : n})`;
}

/**
 * `title` made distinct from `others`: unchanged when none of its texts is
 * another's (case and spacing aside, any language), else every language's text
 * gets the first suffix that makes all of them free.
 *
 * @param how `copy` for a duplicate ("(copy)" even when the title is free), `number` for an import ("(2)" only when it clashes)
 * @param language the language of a title written once for every language (a plain string): the interface's
 */
export function distinctTitle(title: Title, others: readonly Title[], how: TitleSuffix, language: string): Title {
  const taken = textsOf(others);
  const clashes = (candidate: Title) => [...textsOf([candidate])].some((text) => taken.has(text));
  if (how === 'number' && !clashes(title)) return title;
  for (let n = how === 'copy' ? 1 : 2; ; n++) {
    const candidate: Title =
      typeof title === 'string' ? withSuffix(title, language, how, n) : Object.fromEntries(Object.entries(title).map(([lang, text]) => [lang, withSuffix(text, lang, how, n)]));
    if (!clashes(candidate)) return candidate;
  }
}
