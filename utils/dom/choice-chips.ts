/**
 * Choice chips: a question's options drawn as a row of plain buttons, links or
 * clickable boxes with no ARIA role or state ("Yes" "No" "Sometimes" as
 * `<button class=chip>`). Which one is chosen is in their look only
 * (utils/dom/chosen-chips.ts). Recognised by their shape alone, cheaply (a few
 * attribute reads, the row's children counted): whether a row is a question's
 * options or a toolbar of actions is settled by the pack, when the row's words
 * are the matched item's options (rules/item-option-words.ts).
 */

/** Elements that can be a chip: a button, a link, or a box the page made clickable or focusable. */
export const CHIP_QUERY = 'button,a,[onclick],[tabindex]';

/** A row of options has a few of them: more are a list of links or a pager. */
const MIN_CHIPS = 2;
const MAX_CHIPS = 12;
/** An option is a word or a few ("Prefer not to say", "2–4 times a month"). */
const MAX_CHIP_CHARS = 40;
const MAX_CHIP_WORDS = 7;
/** Rows in these are navigation, menus, tabs or page furniture, never a question's options. */
const NOT_OPTIONS = 'nav,header,footer,menu,[role=toolbar],[role=menubar],[role=menu],[role=tablist],[role=navigation],[role=banner],[role=contentinfo],[role=listbox]';
/** Children of a row that are not options and do not break it (a hidden input the page writes the choice to). */
const ROW_EXTRAS = new Set(['script', 'template', 'style']);

/** Whether `el`, by itself, could be an option chip (not yet whether its row is one). */
function chipShaped(el: Element): boolean {
  const name = el.localName;
  if (name === 'button') {
    // A button that would send its form is an action ("Save", "Next"), never an option.
    const button = el as HTMLButtonElement;
    if (button.type !== 'button' && button.form !== null) return false;
    if (button.type === 'reset') return false;
  } else if (name !== 'a' && !el.hasAttribute('onclick') && !el.hasAttribute('tabindex')) {
    return false;
  }
  // An ARIA state or a widget role: read as the widget it says it is (read-answer.ts), not here.
  const role = el.getAttribute('role');
  if (role !== null && role !== 'button') return false;
  if (el.hasAttribute('aria-pressed') || el.hasAttribute('aria-checked') || el.hasAttribute('aria-selected') || el.hasAttribute('aria-haspopup')) return false;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || el.hasAttribute('disabled')) return false;
  return true;
}

/** The words a chip shows ('' when it shows none, or too many to be an option). */
export function chipText(el: Element): string {
  const raw = el.getAttribute('aria-label') ?? el.textContent ?? '';
  if (raw.length > MAX_CHIP_CHARS * 3) return '';
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_CHIP_CHARS) return '';
  return text.split(' ').length <= MAX_CHIP_WORDS ? text : '';
}

/**
 * Whether `el` is an option of a chip row: chip-shaped, with short words, and
 * its parent holds 2–12 such elements of its own tag and nothing else (but a
 * hidden input or a script, and no words of its own). No form control inside, no navigation or toolbar
 * around. Cost: the row's children read, one `closest`; the row's verdict is kept
 * for the rest of the task, so its other chips cost a lookup.
 */
export function isChoiceChip(el: Element): boolean {
  if (!chipShaped(el)) return false;
  const row = el.parentElement;
  if (!row) return false;
  const count = row.childElementCount;
  if (count < MIN_CHIPS || count > MAX_CHIPS + 2) return false;
  const known = rowVerdicts?.get(row);
  if (known && known.tag === el.localName && known.count === count) return known.chips;
  const chips = isChipRow(row, el.localName);
  if (!rowVerdicts) {
    rowVerdicts = new Map();
    queueMicrotask(forgetRowVerdicts);
  }
  rowVerdicts.set(row, { tag: el.localName, count, chips });
  return chips;
}

/**
 * Rows judged in the current task: every link of a data table's action cell, and every
 * cell `holdsControl` asks about, asks for its row. Forgotten when the task's script
 * ends (before the page's next script can change a row), so a verdict is never stale.
 */
let rowVerdicts: Map<Element, { tag: string; count: number; chips: boolean }> | null = null;
const forgetRowVerdicts = () => {
  rowVerdicts = null;
};

/** Whether `row`'s children are chips of `tag` (and extras) only: the row half of `isChoiceChip`. */
function isChipRow(row: Element, tag: string): boolean {
  // Words of the row's own between them: links in a sentence ("see <a>the guide</a> or <a>the FAQ</a>"),
  // actions split by separators ("Edit · Delete"), not options. Checked first: the cheapest no.
  for (let node = row.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && /\S/.test(node.textContent ?? '')) return false;
  let chips = 0;
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === tag) {
      if (!chipShaped(child)) return false;
      if (chipText(child) === '' || child.querySelector('input,select,textarea') !== null) return false;
      chips++;
    } else if (!(child.localName === 'input' && (child as HTMLInputElement).type === 'hidden') && !ROW_EXTRAS.has(child.localName)) {
      return false;
    }
  }
  if (chips < MIN_CHIPS || chips > MAX_CHIPS) return false;
  return row.closest(NOT_OPTIONS) === null;
}

/** The chips of `chip`'s row, in order (the options that answer together with it); [] when it is none. */
export function chipRow(chip: Element): Element[] {
  const row = chip.parentElement;
  if (!row || !isChoiceChip(chip)) return [];
  const out: Element[] = [];
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) if (child.localName === chip.localName) out.push(child);
  return out;
}
