/**
 * Select replacements: a library's widget (a combobox, a listbox, a button that
 * opens a listbox) standing for a native `<select>` it keeps hidden inside or
 * beside it. Answers are read from the hidden original (utils/dom/read-answer.ts)
 * and a widget labelled only by its shown value takes the original's label
 * (utils/dom/read-field-label.ts). Read-only.
 */
import { isListboxButton } from './control-kinds';

/** The roles of widgets whose answer is a value chosen from a list. */
const LIST_WIDGETS = new Set(['combobox', 'listbox']);

/** A combobox, listbox or select replacement: its answer is a value chosen from a list. */
export function isListWidget(el: Element): boolean {
  return LIST_WIDGETS.has(el.getAttribute('role') ?? '') || isListboxButton(el);
}

/** Whether a native select is a replacement's hidden original (not a visible field of its own). */
function isHiddenOriginal(select: Element): boolean {
  if (select.getAttribute('aria-hidden') === 'true' || select.hasAttribute('hidden') || select.getAttribute('tabindex') === '-1') return true;
  const html = select as HTMLElement;
  if (html.style?.display === 'none') return true;
  const view = select.ownerDocument.defaultView;
  const style = view?.getComputedStyle(select);
  return !!style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0');
}

/**
 * The real `<select>` a replacement widget stands for: inside it, or hidden right
 * beside it or beside the wrappers around it — never past the block that holds
 * the question (a label, legend or heading), where another field's select sits.
 */
export function originalSelect(widget: Element): HTMLSelectElement | null {
  const inside = widget.querySelector('select');
  if (inside) return inside;
  let at: Element | null = widget;
  for (let depth = 0; at && depth < 4; depth++) {
    for (const sibling of [at.previousElementSibling, at.nextElementSibling, at.previousElementSibling?.previousElementSibling, at.nextElementSibling?.nextElementSibling]) {
      if (sibling?.localName === 'select' && isHiddenOriginal(sibling)) return sibling as HTMLSelectElement;
    }
    const parent: Element | null = at.parentElement;
    if (!parent || parent.querySelector('label,legend,h1,h2,h3,h4,h5,h6') !== null) return null;
    at = parent;
  }
  return null;
}
