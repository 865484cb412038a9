/**
 * The visible-ish text of a label, legend or table cell, bounded: an enormous
 * text node or a deep subtree on a hostile page costs no more than a short label.
 * Skips the contents of controls (a <select>'s options are answers, not question
 * text), scripts, styles and hidden elements.
 */
import { MAX_LABEL_CHARS } from '../normalize-text';

const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'select', 'textarea', 'input', 'button', 'option',
  'optgroup', 'datalist', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio',
]);
/** Elements whose boundaries separate words. */
const BREAKS = new Set([
  'br', 'p', 'div', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'label', 'section',
]);
const MAX_NODES = 120;

/** Text of `el` up to `max` characters (white space not yet collapsed). */
export function readText(el: Element, max = MAX_LABEL_CHARS): string {
  const only = el.firstElementChild;
  if (only === null) return clip(el.textContent ?? '', max);
  // One plain element and nothing else (<td><span>Question</span></td>): its text, as the walk below would read it.
  if (only === el.firstChild && only === el.lastChild && only.firstElementChild === null && readable(only)) {
    return clip(BREAKS.has(only.localName) ? ` ${only.textContent ?? ''}` : (only.textContent ?? ''), max);
  }
  let out = '';
  let visited = 0;
  // Explicit stack of the next sibling to visit at each depth: no recursion, no arrays of children.
  const stack: (Node | null)[] = [el.firstChild];
  while (stack.length > 0 && out.length < max && visited < MAX_NODES) {
    const node = stack[stack.length - 1];
    if (!node) {
      stack.pop();
      continue;
    }
    stack[stack.length - 1] = node.nextSibling;
    visited++;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      out += data.length > max - out.length ? data.slice(0, max - out.length) : data;
    } else if (node.nodeType === 1) {
      const child = node as Element;
      if (!readable(child)) continue;
      if (BREAKS.has(child.localName)) out += ' ';
      if (child.firstChild) stack.push(child.firstChild);
    }
  }
  return out.length > max ? out.slice(0, max) : out;
}

/** Whether an element's text is question text (not a control's options, a script, a hidden part). */
function readable(el: Element): boolean {
  return !SKIPPED.has(el.localName) && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Collapse white space for showing or reporting a text. */
export function tidyText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
