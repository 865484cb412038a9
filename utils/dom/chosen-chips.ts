/**
 * Which chips of a row are chosen, when the page says so only in their look: a
 * class added or swapped ("chip chip--on", "btn-primary" for "btn-outline"), a
 * `data-*` attribute, an inline style, a check icon put inside. No list of
 * framework class names: the chosen chips are the ones whose *marks* (class
 * tokens, attributes, inline style declarations, child elements) differ from
 * the look every option has when none is chosen.
 *
 * That look is learned when a row is read with all its chips alike (before the
 * adviser's first choice) and kept by the row's words, so a swap of two looks
 * ("Yes" filled, "No" outlined) is read right even for two chips. A row first
 * read with a choice already made is read without it: the chips bearing marks
 * the others lack, else the smaller set of lookalikes in a row of three or more;
 * two chips that only swap looks stay unread rather than guessed.
 *
 * Hover and focus are no choice: only what the page wrote in the DOM is read,
 * never computed style (a `:hover` or `:focus` rule changes no mark), and marks
 * named for focus or hover (`is-focused`, `data-hover`) are left out. Read-only.
 */
import { chipText } from './choice-chips';

/** Attributes that name an option (its value, id, link, label), not its state. */
const IDENTITY_ATTRIBUTE = /(?:^|[-_:])(?:id|key|value|index|option|name|label|text|title|for|href|target|src|alt|tabindex|type|onclick|testid|test|qa|cy|describedby|controls|lang|dir)$/i;
/** Marks of where the pointer or the focus is, not of a choice. */
const POINTER_MARK = /focus|hover/i;
/** Looks learned, by the row's words; bounded (a page has a few dozen rows at most). */
const MAX_LOOKS = 256;
const unchosenLooks = new Map<string, string>();

/** A chip's marks, sorted and joined: what its look is made of in the DOM. */
export function chipMarks(chip: Element): string {
  const marks: string[] = [];
  const text = chipText(chip).toLowerCase();
  for (const { name, value } of Array.from(chip.attributes)) {
    if (name === 'class') {
      for (const token of Array.from(chip.classList)) if (!POINTER_MARK.test(token)) marks.push(`.${token}`);
    } else if (name === 'style') {
      for (const declaration of value.split(';')) {
        const tidy = declaration.replace(/\s+/g, '').toLowerCase();
        if (tidy) marks.push(`~${tidy}`);
      }
    } else if (!IDENTITY_ATTRIBUTE.test(name) && !POINTER_MARK.test(name) && value.trim().toLowerCase() !== text) {
      marks.push(`@${name}=${value}`);
    }
  }
  for (let child = chip.firstElementChild; child; child = child.nextElementSibling) {
    marks.push(`>${child.localName}${Array.from(child.classList).filter((c) => !POINTER_MARK.test(c)).map((c) => `.${c}`).join('')}`);
  }
  return marks.sort().join(' ');
}

/** The key a row's unchosen look is kept under: its tag and words. */
const rowKey = (chips: readonly Element[]) => `${chips[0]?.localName}|${chips.map((c) => chipText(c).toLowerCase()).join('|')}`;

function remember(key: string, look: string): void {
  unchosenLooks.delete(key);
  unchosenLooks.set(key, look);
  if (unchosenLooks.size > MAX_LOOKS) unchosenLooks.delete(unchosenLooks.keys().next().value as string);
}

/**
 * The chosen chips of one row, in order; [] when none is chosen or it cannot
 * be told. `chips`: the row's options (utils/dom/choice-chips.ts `chipRow`).
 */
export function chosenChips(chips: readonly Element[]): Element[] {
  if (chips.length < 2) return [];
  const looks = chips.map(chipMarks);
  const key = rowKey(chips);
  if (looks.every((look) => look === looks[0])) {
    remember(key, looks[0] as string);
    return [];
  }
  // The unchosen look seen before, if some chip still has it (else it is not this row's).
  const unchosen = unchosenLooks.get(key);
  if (unchosen !== undefined && looks.includes(unchosen)) return chips.filter((_, i) => looks[i] !== unchosen);
  return chosenWithoutHistory(chips, looks);
}

/** A row first seen with a choice made: marks some chips have and others lack, else the odd ones out. */
function chosenWithoutHistory(chips: readonly Element[], looks: readonly string[]): Element[] {
  const sets = looks.map((look) => new Set(look ? look.split(' ') : []));
  const common = [...(sets[0] as Set<string>)].filter((mark) => sets.every((set) => set.has(mark)));
  const extra = sets.map((set) => set.size - common.length);
  // Marks added to the chosen ones (a class, a data attribute, an icon): the plain ones are the unchosen.
  if (extra.some((n) => n === 0)) return chips.filter((_, i) => (extra[i] as number) > 0);
  // Two looks swapped: the rarer one, when there is a rarer one.
  const counts = new Map<string, number>();
  for (const look of looks) counts.set(look, (counts.get(look) ?? 0) + 1);
  if (counts.size !== 2) return [];
  const [[lookA, countA], [lookB, countB]] = [...counts] as [[string, number], [string, number]];
  if (countA === countB) return [];
  const rarer = countA < countB ? lookA : lookB;
  return chips.filter((_, i) => looks[i] === rarer);
}

/** For tests: forget the looks learned. */
export function forgetChipLooks(): void {
  unchosenLooks.clear();
}
