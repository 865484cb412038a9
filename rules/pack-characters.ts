/**
 * Characters a pack may not carry. A pack is shown to advisers and matched
 * against what clients say, so a character that is invisible, reorders text
 * on screen or is no text at all can make a pack harm while it passes every
 * other check: a zero-width space inside "suicidal" makes the phrase never
 * match; a right-to-left override shows a phone number backwards; a NUL or a
 * lone surrogate is read differently by different tools. Two sets:
 *
 * - refused everywhere (any text, any key): control characters other than tab,
 *   line feed and carriage return; bidi embeddings, overrides and isolates;
 *   zero-width and other invisible characters; Unicode "tag" characters; line
 *   and paragraph separators; byte-order marks inside the text; lone surrogates;
 * - allowed only in prose (what advisers read): the zero-width (non-)joiner,
 *   which Persian and emoji text need and which changes no order; and the
 *   left-to-right / right-to-left / Arabic letter marks, only in a text that
 *   has right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…). In
 *   ids, trigger phrases, option and label texts, links and phone numbers
 *   they are refused like the rest, and so are tab and line breaks in phrases.
 *
 * Why a mark needs right-to-left letters beside it (UAX #9): a mark is an
 * invisible strong letter (class L, R or AL). Digits and the spaces and signs
 * between them are weak or neutral and take the direction of the strong
 * letters around them (rules W1–W7, N1–N2), so in "Call \u200F654 321 8 64+"
 * the one right-to-left mark turns the number into a right-to-left run and
 * "+46 8 123 456" is shown with its groups reversed. Right-to-left text needs
 * the marks for exactly that — to put a number, a sign or a Latin word where
 * the reader expects it among Arabic or Hebrew words — so they stay allowed
 * there (refusing marks beside digits would refuse the commonest right use:
 * "\u200F112\u200F" in an Arabic sentence); a text without a right-to-left
 * letter has no use for them, only this harm.
 *
 * Pure; no DOM. Sources: Unicode UAX #9 (bidi controls), UTS #39 / Unicode
 * Technical Report #36 (invisible and confusable characters).
 */
import { packError, type PackIssue, type PathKey } from './pack-issues';

/** Names for the characters a supervisor is most likely to meet, so the message says what to look for. */
const NAMES: Record<number, string> = {
  0x00: 'a NUL character',
  0x00ad: 'a soft hyphen',
  0x061c: 'an Arabic letter mark',
  0x180e: 'a Mongolian vowel separator (invisible)',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop-directional-formatting character',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2060: 'a word joiner (invisible)',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first-strong isolate',
  0x2069: 'a pop-directional-isolate character',
  0xfeff: 'a byte-order mark (zero-width no-break space)',
};

/** Allowed in prose only. */
const PROSE_ONLY = new Set([0x200c, 0x200d, 0x200e, 0x200f, 0x061c]);
/** Of those, the direction marks: in prose only beside right-to-left letters. */
const DIRECTION_MARKS = new Set([0x200e, 0x200f, 0x061c]);
/**
 * A letter of a script written right to left (Unicode bidi class R or AL): the
 * scripts of current languages and of the scripts Unicode encodes as such.
 * Letters only (`\p{L}`): Arabic-Indic digits and the marks themselves do not count.
 */
const RIGHT_TO_LEFT_LETTER =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Avestan}\p{Script=Kharoshthi}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Manichaean}\p{Script=Inscriptional_Parthian}\p{Script=Inscriptional_Pahlavi}\p{Script=Psalter_Pahlavi}\p{Script=Hatran}\p{Script=Lydian}\p{Script=Cypriot}\p{Script=Old_Sogdian}\p{Script=Sogdian}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Old_Hungarian}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Old_Uyghur}]/u;

function refusedEverywhere(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x00ad ||
    code === 0x034f || // combining grapheme joiner: invisible
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x3164 ||
    code === 0xffa0 || // Hangul fillers: render as nothing
    code === 0x180e ||
    code === 0x200b ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    (code >= 0xfff9 && code <= 0xfffb) || // interlinear annotation
    code === 0xfffe ||
    code === 0xffff ||
    (code >= 0xe0000 && code <= 0xe007f) // tag characters: invisible copies of ASCII
  );
}

export type TextRole = 'prose' | 'strict';

/**
 * The first character `text` may not carry in a field of this role, described
 * for a supervisor, or undefined when the text is clean. Linear in the length.
 * `strict`: ids, phrases, options, labels, links, phone numbers (also no tab or line break).
 */
export function unsafeCharacter(text: string, role: TextRole = 'prose'): string | undefined {
  /** Whether the text has a right-to-left letter: looked for once, at the first direction mark. */
  let rightToLeft: boolean | undefined;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const code = text.codePointAt(i)!;
        i++;
        if (refusedEverywhere(code)) return describe(code, i - 1);
        continue;
      }
      return `a broken character (a lone UTF-16 surrogate, U+${hex(unit)}) at character ${i + 1}: the file was not saved as proper text`;
    }
    if (refusedEverywhere(unit)) return describe(unit, i);
    if (role === 'strict' && (PROSE_ONLY.has(unit) || unit === 0x09 || unit === 0x0a || unit === 0x0d)) return describe(unit, i);
    if (DIRECTION_MARKS.has(unit)) {
      rightToLeft ??= RIGHT_TO_LEFT_LETTER.test(text);
      if (!rightToLeft) return `${describe(unit, i)} in a text with no right-to-left letters (Arabic, Hebrew…), where it can only reorder what is around it, such as the groups of a phone number`;
    }
  }
  return undefined;
}

function describe(code: number, index: number): string {
  const name = NAMES[code] ?? (code === 0x09 ? 'a tab' : code === 0x0a || code === 0x0d ? 'a line break' : code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'a control character' : 'an invisible character');
  return `${name} (U+${hex(code)}) at character ${index + 1}`;
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

const WHY = 'it is invisible or changes how the text reads or matches; delete it (retype the text around it if unsure)';

/**
 * Every string and key in a parsed pack (before the schema), checked against
 * the set refused everywhere. Iterative, so a deeply nested file cannot overflow
 * the stack. At most `limit` issues.
 */
export function checkPackCharacters(value: unknown, limit = 20): PackIssue[] {
  const issues: PackIssue[] = [];
  const stack: { value: unknown; path: PathKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && issues.length < limit) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const found = unsafeCharacter(current, 'prose');
      if (found) issues.push(packError(path, `contains ${found}; ${WHY}`));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const found = unsafeCharacter(key, 'strict');
        if (found) issues.push({ ...packError([...path, key], `the field name contains ${found}; ${WHY}`), atKey: true });
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return issues;
}

/** For the per-field checks (rules/check-pack-consistency.ts): the message for a strict field, or undefined. */
export function strictTextProblem(text: string): string | undefined {
  const found = unsafeCharacter(text, 'strict');
  return found ? `contains ${found}; ${WHY}` : undefined;
}
