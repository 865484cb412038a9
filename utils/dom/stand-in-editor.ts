/**
 * Classic rich-text editors: the page keeps its labelled `<textarea>` (or text input)
 * but hides it, and the adviser types in an editable stand-in shown where it was: a
 * same-origin `<iframe>` (about:blank written by script, or srcdoc) whose document is in
 * designMode or whose body is contenteditable, or a contenteditable element. The editor
 * may copy the text back into the field only when the form is sent, so the stand-in is
 * where the answer is. Read-only: nothing here writes to the page.
 *
 * A stand-in is tied to a hidden field, and only then, when:
 * 1. it lies over the field's own place (the field is invisible but keeps its box, and the
 *    editor covers at least half of it); or else
 * 2. the smallest block around it that holds a hidden field (at most a few levels up, never
 *    the page's body) holds as many stand-ins as hidden fields: the n-th stand-in in page
 *    order stands for the n-th field. A block with more of one than of the other ties none.
 * Frames that are not editable (a help page, a preview) and editors with no hidden field
 * near them stand for nothing.
 */
import type { ScreenBox } from './field-box';

/** How many blocks up from a stand-in (or its field) the editor's block is looked for. */
const MAX_BLOCK_DEPTH = 7;
/** A field this small (CSS px, either side) shows nothing. */
const TINY_PX = 2;
/** How much of the hidden field's box an editor over its place covers, at least. */
const MIN_COVER = 0.5;
/** Longer than this, an editor's text is not needed to spot a sensitive phrase. */
const MAX_TEXT_CHARS = 5000;

const EDITING_HOSTS = '[contenteditable]:not([contenteditable=false])';
const FRAMES = 'iframe,frame';

const isFrame = (element: Element): element is HTMLIFrameElement | HTMLFrameElement =>
  element.localName === 'iframe' || element.localName === 'frame';

/** The document a frame shows when it is same-origin and being edited (designMode, or an editable body); else null. */
export function editedDocument(frame: Element): Document | null {
  if (!isFrame(frame)) return null;
  try {
    const doc = frame.contentDocument;
    if (!doc) return null;
    if (doc.designMode === 'on') return doc;
    const editable = doc.body?.getAttribute('contenteditable');
    return editable !== null && editable !== undefined && editable !== 'false' ? doc : null;
  } catch {
    return null; // another origin: not a stand-in we can read
  }
}

/**
 * The stand-in `element` is part of: an edited frame (the element itself), or the outermost
 * contenteditable element around it; null for anything else.
 */
export function standInAt(element: Element): Element | null {
  if (isFrame(element)) return editedDocument(element) ? element : null;
  let host = element.closest(EDITING_HOSTS);
  if (!host) return null;
  for (let up = host.parentElement?.closest(EDITING_HOSTS); up; up = up.parentElement?.closest(EDITING_HOSTS)) host = up;
  return host;
}

/** A text field the page hides: a textarea or text input with no box, an invisible one, or one pushed off the page. */
export function isHiddenTextField(element: Element): boolean {
  if (element.localName === 'textarea') {
    // a textarea of any kind
  } else if (element.localName !== 'input' || !TEXT_INPUT_TYPES.has((element as HTMLInputElement).type)) {
    return false;
  }
  if (element.getClientRects().length === 0) return true; // display: none, here or around
  if (keepsInvisibleBox(element)) return true;
  const box = element.getBoundingClientRect();
  const view = element.ownerDocument.defaultView;
  return box.width <= TINY_PX || box.height <= TINY_PX || box.right + (view?.scrollX ?? 0) <= 0 || box.bottom + (view?.scrollY ?? 0) <= 0;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search']);

/** Invisible (visibility or opacity) but laid out with a real box: an editor may be drawn over its place. */
function keepsInvisibleBox(element: Element): boolean {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (!style || (style.visibility === 'visible' && style.opacity !== '0')) return false;
  const box = element.getBoundingClientRect();
  return box.width > TINY_PX && box.height > TINY_PX;
}

/** The part of `field`'s box that `editor` covers (0 to 1). */
function covered(field: Element, editor: Element): number {
  const a = field.getBoundingClientRect();
  const b = editor.getBoundingClientRect();
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const area = a.width * a.height;
  return width > 0 && height > 0 && area > 0 ? (width * height) / area : 0;
}

// The boxes first: most fields are nowhere near the editor, and their style is then never read.
const isOver = (field: Element, editor: Element) => covered(field, editor) >= MIN_COVER && keepsInvisibleBox(field);

/** The stand-ins inside `block`, in page order: edited frames and outermost editable elements. */
function standInsIn(block: Element): Element[] {
  const found: Element[] = [];
  for (const element of Array.from(block.querySelectorAll(`${FRAMES},${EDITING_HOSTS}`))) {
    if (isFrame(element)) {
      if (editedDocument(element)) found.push(element);
    } else if (!element.parentElement?.closest(EDITING_HOSTS)) {
      found.push(element);
    }
  }
  return found;
}

const hiddenFieldsIn = (block: Element) => Array.from(block.querySelectorAll('textarea,input')).filter(isHiddenTextField);

/** The blocks around `element`, smallest first, up to the editor's block's limit (never the body or above). */
function* blocksAround(element: Element): Generator<Element> {
  let block = element.parentElement;
  for (let depth = 0; block && depth < MAX_BLOCK_DEPTH && block.localName !== 'body' && block.localName !== 'html'; depth++) {
    yield block;
    block = block.parentElement;
  }
}

/**
 * The hidden field the stand-in `editor` (from `standInAt`) shows in its place, or null.
 * @param laidOver hidden fields an editor may be laid over from elsewhere in the page (the
 *   found fields: checked by their boxes; rule 1 above)
 */
export function fieldOfStandIn(editor: Element, laidOver: Iterable<Element> = []): Element | null {
  for (const field of laidOver) if (field !== editor && isOver(field, editor)) return field;
  for (const block of blocksAround(editor)) {
    const fields = hiddenFieldsIn(block);
    if (fields.length === 0) continue;
    const editors = standInsIn(block);
    return editors.length === fields.length ? (fields[editors.indexOf(editor)] ?? null) : null;
  }
  return null;
}

/** The stand-in shown in place of the hidden `field` now (the editor may have rebuilt it since), or null. */
export function standInOf(field: Element): Element | null {
  if (!isHiddenTextField(field)) return null;
  if (keepsInvisibleBox(field)) {
    for (const editor of standInsIn(field.ownerDocument.body ?? field.ownerDocument.documentElement)) if (isOver(field, editor)) return editor;
  }
  for (const block of blocksAround(field)) {
    const editors = standInsIn(block);
    if (editors.length === 0) continue;
    const fields = hiddenFieldsIn(block);
    return editors.length === fields.length ? (editors[fields.indexOf(field)] ?? null) : null;
  }
  return null;
}

/** Where the adviser types in a stand-in: its frame's document body, or the editable element itself. */
export function typingRoot(editor: Element): HTMLElement | null {
  if (isFrame(editor)) return editedDocument(editor)?.body ?? null;
  return editor as HTMLElement;
}

/** Elements whose end is a line's end: their text is not run into the next block's. */
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'section', 'article']);

/**
 * The text typed in a stand-in, as typed: paragraphs and line breaks as line ends (so the
 * last word of one paragraph never runs into the first of the next), formatting ignored.
 * At most MAX_TEXT_CHARS characters. '' when the editor has no readable document.
 */
export function standInText(editor: Element): string {
  const root = typingRoot(editor);
  if (!root) return '';
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && text.length < MAX_TEXT_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (name === 'script' || name === 'style') continue;
        walk(child);
        if (BLOCKS.has(name)) text += '\n';
      }
    }
  };
  walk(root);
  return text.slice(0, MAX_TEXT_CHARS);
}

/** A stand-in's box in its document's viewport (a frame's border box, an element's box). */
export function standInBox(editor: Element): ScreenBox {
  const box = editor.getBoundingClientRect();
  return { left: box.left, top: box.top, width: box.width, height: box.height };
}
