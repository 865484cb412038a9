/**
 * Read the question text a host page shows for a field, from every place real
 * forms put it. Read-only: never changes the host DOM.
 *
 * Texts are offered to a visitor one at a time, most authoritative first, and
 * reading stops as soon as the visitor is satisfied (an exact match): most fields
 * cost a few attribute reads and one label.
 *
 * A text-like field (input, select, textarea, ARIA textbox/combobox/…):
 *   its own texts, in accessible-name order: aria-labelledby (several ids) ·
 *   aria-label · <label for> or a wrapping <label> · title · placeholder;
 *   - with no own text: its context, stopping at the first that offers a text:
 *     the table row's header or first cell (in a row holding two questions, the
 *     cells after the other field's), or the cell above in its column ·
 *     the <dt> of its <dd> · the legend or label of a group around it
 *     (fieldset, role=group) · nearby preceding text in the same block;
 *   - with only a part label ("Day", "Postcode", ≤ 3 words): its group's legend
 *     (a date's question) — but never the legend of radios it sits among (a
 *     conditional reveal has its own question);
 *   last aria-describedby (secondary).
 * A radio or checkbox group: the group's question first (legend, radiogroup or
 * group label, then table row/column, <dt>, preceding text), then the common
 * start of its options' labels (matrix radios labelled "Feeling worried:
 * Often"), then the first option's own label. A lone checkbox or switch reads
 * its own label first, or with none the text written right after it on its line.
 */
import { isNativeControl, type ControlKind } from './control-kinds';
import { createReadContext, type ReadContext } from './read-context';
import { readText } from './read-text';
import { isListWidget, originalSelect } from './select-replacement';

export type QuestionSource =
  | 'labelledby'
  | 'aria-label'
  | 'label'
  | 'title'
  | 'placeholder'
  | 'group'
  | 'legend'
  | 'table-row'
  | 'table-column'
  | 'definition'
  | 'preceding'
  | 'following'
  | 'option-prefix'
  | 'describedby';

/**
 * Receives one candidate question text. `from` is the node the text came from
 * (controls that read the same legend or row header share it). Return true to stop.
 */
export type QuestionVisitor = (text: string, source: QuestionSource, from: Node | null) => boolean;

export interface FieldShape {
  /** The field's controls in document order; a radio group has one per option. */
  readonly controls: readonly Element[];
  readonly kind: ControlKind;
}

/** An own label this short is probably a part label ("Day", "Town or city"): look for the group's question too. */
const PART_LABEL_WORDS = 3;
const MAX_IDREFS = 5;
const GROUP_QUERY = 'fieldset,[role=radiogroup],[role=group]';
const CHOICE_QUERY = 'input[type=radio],input[type=checkbox],[role=radio],[role=checkbox],[role=switch]';
const NOT_TEXT = /^\s*$/;

// A source offered no text, offered one the visitor did not take, or satisfied the visitor.
const NONE = 0;
const OFFERED = 1;
const DONE = 2;
type Outcome = typeof NONE | typeof OFFERED | typeof DONE;

/** Most texts start with a visible character: skip the regular expression for them. */
function hasText(text: string | null): text is string {
  if (!text) return false;
  return text.charCodeAt(0) > 32 || !NOT_TEXT.test(text);
}

// Scratch state of one visit (the reader is synchronous and not re-entrant). The elements
// are let go when the visit ends (`endQuestionVisit`): module state outlives the page's
// form, and a page that replaces its form would have the last one read kept alive.
let ownFirst = '';
let refFrom: Element | null = null;
/** The last context text offered and not taken, and the row element it labels (for `visitStem`). */
let lastOffered = '';
let lastRow: Element | null = null;
/** The context text the visitor took, and the row element it labels (for `visitStemOfTakenRow`). */
let takenText = '';
let takenRow: Element | null = null;

export function visitQuestionTexts(field: FieldShape, ctx: ReadContext, visit: QuestionVisitor): void {
  takenRow = null;
  try {
    visitFieldTexts(field, ctx, visit);
  } finally {
    refFrom = null;
    lastRow = null;
  }
}

/**
 * Let go of the element the last visit kept for `visitStemOfTakenRow`. Call when done
 * with a field: a row kept here would keep the page's replaced form alive.
 */
export function endQuestionVisit(): void {
  takenRow = null;
  takenText = '';
}

function visitFieldTexts(field: FieldShape, ctx: ReadContext, visit: QuestionVisitor): void {
  const first = field.controls[0];
  if (!first) return;
  if (field.kind === 'text') {
    ownFirst = '';
    for (const control of field.controls) {
      if (visitOwn(control, ctx, visit)) return;
      if (ownFirst) break; // a custom widget's own label wins over its inner input's
    }
    if (ownFirst) {
      // A part label ("Day"): the question is the group's (a date's legend).
      if (wordCount(ownFirst) <= PART_LABEL_WORDS && visitGroup(first, false, ctx, visit) === DONE) return;
    } else if (visitContext(first, false, ctx, visit) === DONE) {
      return;
    }
    visitIdRefs(first, 'aria-describedby', 'describedby', ctx, visit);
    return;
  }
  const single = field.controls.length === 1;
  ownFirst = '';
  if (single && (visitOwn(first, ctx, visit) || (!ownFirst && visitFollowing(first, ctx, visit)))) return;
  if (visitContext(first, true, ctx, visit) === DONE) return;
  if (single) return;
  if (visitOptionPrefix(field.controls, ctx, visit)) return;
  visitOwn(first, ctx, visit);
}

/** The first question text found for a control (its own label, or its group's), or ''. */
export function readFieldLabel(control: Element, kind: ControlKind = 'text', ctx: ReadContext = createReadContext()): string {
  let found = '';
  visitQuestionTexts({ controls: [control], kind }, ctx, (text) => {
    found = text;
    return true;
  });
  endQuestionVisit();
  return found;
}

// ---- the control's own label ----------------------------------------------------------------

function offerOwn(text: string, source: QuestionSource, from: Node | null, visit: QuestionVisitor): boolean {
  if (!ownFirst) ownFirst = text;
  return visit(text, source, from);
}

/** The control's own texts, in accessible-name order. True when the visitor is satisfied. */
function visitOwn(c: Element, ctx: ReadContext, visit: QuestionVisitor): boolean {
  const labelledBy = c.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = idRefsText(c, labelledBy, ctx);
    if (text && offerOwn(text, 'labelledby', refFrom, visit)) return true;
  }
  const ariaLabel = c.getAttribute('aria-label');
  if (hasText(ariaLabel) && offerOwn(ariaLabel, 'aria-label', c, visit)) return true;
  if (isNativeControl(c)) {
    const labels = ctx.labelsOf(c);
    const count = Math.min(labels.length, 2);
    for (let i = 0; i < count; i++) {
      const label = labels[i] as Element;
      const text = readText(label);
      if (hasText(text) && offerOwn(text, 'label', label, visit)) return true;
    }
    const beside = count === 0 && c.id ? labelBesideDuplicate(c, ctx) : null;
    if (beside) {
      const text = readText(beside);
      if (hasText(text) && offerOwn(text, 'label', beside, visit)) return true;
    }
  } else {
    const label = (c.id ? ctx.labelForId(c, c.id) : null) ?? c.closest('label');
    if (label) {
      const text = readText(label);
      if (hasText(text) && offerOwn(text, 'label', label, visit)) return true;
    }
  }
  if (visitOriginalLabels(c, ctx, visit)) return true;
  const title = c.getAttribute('title');
  if (hasText(title) && offerOwn(title, 'title', c, visit)) return true;
  const placeholder = c.getAttribute(isNativeControl(c) ? 'placeholder' : 'aria-placeholder');
  if (hasText(placeholder) && offerOwn(placeholder, 'placeholder', c, visit)) return true;
  return false;
}

/**
 * A select replacement labelled only by the value it shows (its aria-labelledby
 * names that value's element): the question is the label of the native select it
 * keeps hidden, which the page labelled as usual.
 */
function visitOriginalLabels(c: Element, ctx: ReadContext, visit: QuestionVisitor): boolean {
  if (!isListWidget(c)) return false;
  const original = originalSelect(c);
  if (!original) return false;
  for (const label of ctx.labelsOf(original)) {
    const text = readText(label);
    if (hasText(text) && offerOwn(text, 'label', label, visit)) return true;
  }
  return false;
}

/**
 * Duplicated ids (a form rendered twice, a repeated block): every `<label for>`
 * names the first element with the id, so the others have no label. The label
 * right beside such a field, naming its id, is its question.
 */
function labelBesideDuplicate(c: Element, ctx: ReadContext): Element | null {
  if (ctx.byId(c, c.id) === c) return null;
  let at: Element | null = c;
  for (let depth = 0; at && depth < 3; depth++, at = at.parentElement) {
    let sib = at.previousElementSibling;
    for (let steps = 0; sib && steps < 3; steps++, sib = sib.previousElementSibling) {
      if (sib.localName === 'label' && (sib as HTMLLabelElement).htmlFor === c.id) return sib;
      if (ctx.holdsControl(sib)) break;
    }
    const next = at.nextElementSibling;
    if (next?.localName === 'label' && (next as HTMLLabelElement).htmlFor === c.id) return next;
  }
  return null;
}

/** Text of the elements an aria-labelledby / aria-describedby list names ('' if none); the first in `refFrom`. */
function idRefsText(c: Element, ids: string, ctx: ReadContext): string {
  ctx.noteIdRefs(ids);
  let text = '';
  refFrom = null;
  let count = 0;
  let at = 0;
  while (at < ids.length && count < MAX_IDREFS) {
    while (at < ids.length && ids.charCodeAt(at) <= 32) at++;
    let end = at;
    while (end < ids.length && ids.charCodeAt(end) > 32) end++;
    if (end === at) break;
    const el = ctx.byId(c, ids.slice(at, end));
    at = end;
    count++;
    // A reference to a control would read its value (or a select's options): never.
    if (!el || el === c || ctx.holdsControl(el)) continue;
    refFrom ??= el;
    const part = ctx.text(el);
    text = text ? `${text} ${part}` : part;
  }
  return hasText(text) ? text : '';
}

function visitIdRefs(c: Element, attribute: string, source: QuestionSource, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  const ids = c.getAttribute(attribute);
  if (!ids) return NONE;
  const text = idRefsText(c, ids, ctx);
  if (!text) return NONE;
  return visit(text, source, refFrom) ? DONE : OFFERED;
}

// ---- the structure around the field -----------------------------------------------------------

/**
 * The field's context, nearest first, stopping at the first that offers a text:
 * for a radio or checkbox group its legend or group label comes first; for a
 * text field without a label of its own, the table row or column, the <dt> and
 * the group come before loose preceding text.
 */
function visitContext(c: Element, choice: boolean, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  let outcome: Outcome = NONE;
  lastOffered = '';
  lastRow = null;
  takenText = '';
  takenRow = null;
  // A matrix inside a fieldset: the row's own header is nearer than the legend (the matrix title).
  const rowFirst = choice && tableInsideGroup(c, ctx);
  if (choice && !rowFirst) outcome = visitGroup(c, true, ctx, visit);
  if (outcome === NONE) outcome = visitTable(c, ctx, visit);
  if (outcome === NONE && rowFirst) outcome = visitGroup(c, true, ctx, visit);
  if (outcome === NONE) outcome = visitDefinition(c, ctx, visit);
  if (outcome === NONE && !choice) outcome = visitGroup(c, false, ctx, visit);
  if (outcome === NONE) outcome = visitPreceding(c, ctx, visit);
  // A choice labelled only by a short row label ("Food"): a row of a stem question.
  if (choice && outcome === OFFERED && lastRow && isRowLabel(lastOffered)) {
    if (visitStem(lastRow, ctx, visit) === DONE) return DONE;
  }
  return outcome;
}

/**
 * Whether the control sits in a table row that has a header of its own (a cell
 * before the control's, holding no control), in a table inside the control's
 * group (fieldset, radiogroup): a matrix row, whose header is its question.
 */
function tableInsideGroup(c: Element, ctx: ReadContext): boolean {
  const cell = c.closest('td,th');
  const header = cell?.parentElement?.firstElementChild;
  if (!cell || !header || header === cell || ctx.holdsControl(header)) return false;
  let group = c.parentElement?.closest(GROUP_QUERY) ?? null;
  while (group && cell.contains(group)) group = group.parentElement?.closest(GROUP_QUERY) ?? null;
  return !!group && group.contains(cell);
}

/** A fieldset's legend, or a radiogroup/group labelled by aria-labelledby or aria-label. */
function visitGroup(c: Element, choice: boolean, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  let group = c.parentElement?.closest(GROUP_QUERY) ?? null;
  let outcome: Outcome = NONE;
  for (let level = 0; group && level < 2; level++) {
    // A text box inside a radio group (a conditional reveal, "Other, please say")
    // has its own question: the group's legend is not it.
    if (choice || !hasChoices(group)) {
      const ids = group.getAttribute('aria-labelledby');
      const labelledBy = ids ? idRefsText(group, ids, ctx) : '';
      if (labelledBy) {
        if (visit(labelledBy, 'group', refFrom)) return tookForGroup(labelledBy, group, level);
        outcome = offeredForGroup(labelledBy, group, level);
      }
      const ariaLabel = group.getAttribute('aria-label');
      if (hasText(ariaLabel)) {
        if (visit(ariaLabel, 'group', group)) return tookForGroup(ariaLabel, group, level);
        outcome = offeredForGroup(ariaLabel, group, level);
      }
      if (group.localName === 'fieldset') {
        const legend = legendOf(group);
        if (legend) {
          const text = ctx.text(legend);
          if (hasText(text)) {
            if (visit(text, 'legend', legend)) return tookForGroup(text, group, level);
            outcome = offeredForGroup(text, group, level);
          }
        }
      }
    }
    group = group.parentElement?.closest(GROUP_QUERY) ?? null;
  }
  return outcome;
}

/** Note the text a group's own label gave the visitor (a row label, if it is a row of a stem question). */
function tookForGroup(text: string, group: Element, level: number): Outcome {
  if (level === 0) {
    takenText = text;
    takenRow = group;
  }
  return DONE;
}

/** Note the first text a group offered (its row label, if it is a row of a stem question). */
function offeredForGroup(text: string, group: Element, level: number): Outcome {
  if (level === 0 && !lastOffered) {
    lastOffered = text;
    lastRow = group;
  }
  return OFFERED;
}

function hasChoices(group: Element): boolean {
  return group.querySelector(CHOICE_QUERY) !== null;
}

function legendOf(fieldset: Element): Element | null {
  for (let child = fieldset.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'legend') return child;
  }
  return null;
}

/**
 * Table layouts: the row's header (nearest <th> before the field's cell, else the
 * first cell), or the cell above in the same column. A cell that holds a control
 * belongs to another field. Option lists nested in a layout table (ASP.NET's
 * RadioButtonList) climb out to the enclosing row.
 */
function visitTable(c: Element, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  let cell = c.closest('td,th') as HTMLTableCellElement | null;
  for (let level = 0; cell && level < 3; level++) {
    const row = cell.parentElement as HTMLTableRowElement | null;
    if (!row || row.localName !== 'tr') return NONE;
    // The cells before the field's: the nearest <th>, else the first (walked, not `row.cells`: fewer DOM calls).
    // A row that holds two questions ("Education | [field] | Education abroad | [field]"): the first cell is
    // the other field's question; this field's are the text cells between the other field's cell and its own.
    // A control right before the field's cell is an option of the same row (a matrix): the row's header stands.
    let index = 0;
    let header: Element | null = null;
    let firstCell: Element | null = null;
    let own: Element | null = null;
    let ownHeader: Element | null = null;
    let shared = false;
    let walking = true;
    for (let before = cell.previousElementSibling; before; before = before.previousElementSibling) {
      const name = before.localName;
      if (name !== 'td' && name !== 'th') continue;
      index++;
      if (walking && index <= MAX_OWN_CELLS) {
        if (ctx.holdsControl(before)) {
          walking = false;
          shared = own !== null;
        } else {
          own = before;
          if (!ownHeader && name === 'th') ownHeader = before;
        }
      }
      if (!header && name === 'th') header = before;
      firstCell = before;
    }
    header = shared ? (ownHeader ?? own) : (header ?? firstCell);
    if (header && !ctx.holdsControl(header)) {
      const text = ctx.text(header);
      if (hasText(text)) return visit(text, 'table-row', header) ? DONE : OFFERED;
    }
    const above = previousRow(row)?.cells[index];
    if (above && !ctx.holdsControl(above)) {
      const text = ctx.text(above);
      if (hasText(text)) return visit(text, 'table-column', above) ? DONE : OFFERED;
    }
    cell = row.parentElement?.closest('td,th') as HTMLTableCellElement | null;
  }
  return NONE;
}

/** How far back a field's own question cells are looked for in a row (a wide data row costs no more). */
const MAX_OWN_CELLS = 6;

/** The row above, also across <thead>/<tbody>. */
function previousRow(row: HTMLTableRowElement): HTMLTableRowElement | null {
  const before = row.previousElementSibling;
  if (before?.localName === 'tr') return before as HTMLTableRowElement;
  const section = row.parentElement;
  if (!section || section.localName === 'table') return null;
  const previousSection = section.previousElementSibling;
  const last = previousSection?.lastElementChild;
  return last?.localName === 'tr' ? (last as HTMLTableRowElement) : null;
}

/** <dl><dt>Question</dt><dd><input></dd></dl> */
function visitDefinition(c: Element, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  const dd = c.closest('dd');
  if (!dd) return NONE;
  let term = dd.previousElementSibling;
  for (let steps = 0; term && steps < 6; steps++, term = term.previousElementSibling) {
    if (term.localName === 'dt') {
      const text = ctx.text(term);
      if (!hasText(text)) return NONE;
      return visit(text, 'definition', term) ? DONE : OFFERED;
    }
  }
  return NONE;
}

const STOP_CLIMB = new Set(['td', 'th', 'dd', 'form', 'fieldset', 'body', 'html', 'dialog', 'table', 'li']);
/** Where the search for a stem over rows stops (rows may be list items). */
const STOP_STEM = new Set(['td', 'th', 'dd', 'form', 'fieldset', 'body', 'html', 'dialog', 'table']);
const SKIP_SIBLING = new Set(['br', 'wbr', 'script', 'style', 'template', 'noscript']);
/** A row label of a stem question ("Food", "Medicine or health care"): short, not itself a question. */
const ROW_LABEL_WORDS = 5;
const MAX_STEM_LEVELS = 3;
const MAX_ROWS = 40;

/**
 * The nearest text before the field in the same block: a preceding text node,
 * <span>, <p> or heading, climbing a few levels out of wrappers. Stops at
 * anything holding another control, and at another field's <label>.
 */
function visitPreceding(c: Element, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  let node: Node = c;
  for (let depth = 0; depth < 4; depth++) {
    let steps = 0;
    for (let sib = node.previousSibling; sib && steps < 8; sib = sib.previousSibling, steps++) {
      if (sib.nodeType === 3) {
        const data = (sib as Text).data;
        if (!hasText(data)) continue;
        return offerPreceding(data.length > 400 ? data.slice(-400) : data, sib, node, visit);
      }
      if (sib.nodeType !== 1) continue;
      const el = sib as Element;
      if (SKIP_SIBLING.has(el.localName)) continue;
      if (el.localName === 'label') {
        const target = (el as HTMLLabelElement).control;
        if (target === c) continue; // its own label, read already
        if (target) return NONE; // another field's label
      }
      if (ctx.holdsControl(el)) return NONE;
      const text = ctx.text(el);
      if (hasText(text)) return offerPreceding(text, el, node, visit);
    }
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1 || STOP_CLIMB.has((parent as Element).localName)) return NONE;
    node = parent;
  }
  return NONE;
}

function offerPreceding(text: string, from: Node, beside: Node, visit: QuestionVisitor): Outcome {
  const row = beside.parentNode?.nodeType === 1 ? (beside.parentNode as Element) : null;
  if (visit(text, 'preceding', from)) {
    takenText = text;
    takenRow = row;
    return DONE;
  }
  lastOffered = text;
  lastRow = row;
  return OFFERED;
}

/** Inline elements whose text may be a lone checkbox's question written after it. */
const INLINE_TEXT = new Set(['span', 'b', 'strong', 'em', 'i', 'small', 'font', 'a', 'abbr']);

/**
 * A lone checkbox or switch with no label of its own, its question written after it on the same line
 * ("[x] Has debts or payment arrears", the text in a <span> or a bare text node, not a <label>): the
 * first text after it among its siblings, up to a line break, a block or another control.
 */
function visitFollowing(c: Element, ctx: ReadContext, visit: QuestionVisitor): boolean {
  let steps = 0;
  for (let sib = c.nextSibling; sib && steps < 4; sib = sib.nextSibling, steps++) {
    if (sib.nodeType === 3) {
      const data = (sib as Text).data;
      if (hasText(data)) return visit(data.length > 400 ? data.slice(0, 400) : data, 'following', sib);
      continue;
    }
    if (sib.nodeType !== 1) continue;
    const el = sib as Element;
    if (!INLINE_TEXT.has(el.localName) || ctx.holdsControl(el)) return false;
    const text = ctx.text(el);
    if (hasText(text)) return visit(text, 'following', el);
  }
  return false;
}

/**
 * A stem question over rows that are each their own radio group ("In the last
 * year, have you been unable to get any of the following…" over Food, Clothing,
 * Utilities), with no fieldset or aria reference to the stem: from the row, the
 * nearest question text above it, past the rows before this one (siblings built
 * like this row) and short row labels. Every row offers the same stem element,
 * so the rows answer the stem's item together.
 */
function visitStem(row: Element, ctx: ReadContext, visit: QuestionVisitor): Outcome {
  let node: Element = row;
  for (let level = 0; level <= MAX_STEM_LEVELS; level++) {
    let steps = 0;
    for (let sib = node.previousSibling; sib && steps < MAX_ROWS; sib = sib.previousSibling, steps++) {
      let text: string;
      if (sib.nodeType === 3) {
        text = (sib as Text).data;
      } else if (sib.nodeType === 1) {
        const el = sib as Element;
        if (SKIP_SIBLING.has(el.localName)) continue;
        if (ctx.holdsControl(el)) {
          if (sameShape(el, node)) continue; // a row above this one, under the same stem
          return NONE;
        }
        text = ctx.text(el);
      } else {
        continue;
      }
      if (!hasText(text) || isRowLabel(text)) continue;
      return visit(text, 'preceding', sib) ? DONE : OFFERED;
    }
    const parent = node.parentElement;
    if (!parent || STOP_STEM.has(parent.localName)) return NONE;
    node = parent;
  }
  return NONE;
}

/**
 * Right after `visitQuestionTexts` for a choice group: when the text the visitor
 * took from the group's context was a short row label ("Hot meals"), offer the
 * stem question above the rows too (as `visitStem` finds it), so a pack that
 * names the stem and every row finds both. Bounded like `visitStem`; offers
 * nothing otherwise.
 */
export function visitStemOfTakenRow(ctx: ReadContext, visit: QuestionVisitor): void {
  const row = takenRow;
  takenRow = null;
  if (row && isRowLabel(takenText)) visitStem(row, ctx, visit);
}

function isRowLabel(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.endsWith('?') && wordCount(trimmed, ROW_LABEL_WORDS) <= ROW_LABEL_WORDS;
}

/** Two sibling rows built alike (same element, same class). */
function sameShape(a: Element, b: Node): boolean {
  return b.nodeType === 1 && a.localName === (b as Element).localName && a.className === (b as Element).className;
}

/** Matrix radios labelled "Feeling worried: Never", "Feeling worried: Often" → "Feeling worried:". */
function visitOptionPrefix(controls: readonly Element[], ctx: ReadContext, visit: QuestionVisitor): boolean {
  let prefix: string[] | null = null;
  const count = Math.min(controls.length, 8);
  for (let i = 0; i < count; i++) {
    const c = controls[i] as Element;
    let text = c.getAttribute('aria-label');
    if (!text && isNativeControl(c)) {
      const label = ctx.labelsOf(c)[0];
      text = label ? readText(label) : null;
    }
    if (!text) return false;
    const words = text.trim().split(/\s+/);
    if (prefix === null) {
      prefix = words;
    } else {
      let shared = 0;
      while (shared < prefix.length && shared < words.length && prefix[shared] === words[shared]) shared++;
      if (shared === words.length) return false; // one option's label is all prefix: not a matrix
      prefix.length = shared;
    }
    if (prefix.length === 0) return false;
  }
  if (!prefix || prefix.length === 0) return false;
  return visit(prefix.join(' '), 'option-prefix', null);
}

function wordCount(text: string, limit = PART_LABEL_WORDS): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= limit; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
