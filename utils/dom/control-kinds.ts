/**
 * What counts as a form control on a host page, and what kind it is. Native
 * controls, ARIA widgets (role=textbox, combobox, radio…) and contenteditable
 * regions all carry answers; buttons, hidden inputs and the extension's own
 * overlay do not.
 */

import type { AnswerForm } from '../../rules/match-controls';
import { CHIP_QUERY, isChoiceChip } from './choice-chips';

/**
 * The extension's overlay containers (components/overlay/mount-overlay.ts): never scanned.
 * Known by identity, not by a name: the container is a plain `<div>` the page cannot
 * tell from its own by tag, nor pre-register as a custom element.
 */
const overlayHosts = new WeakSet<Node>();
export const markOverlayHost = (host: Element): void => void overlayHosts.add(host);
export const isOverlayHost = (node: Node): boolean => overlayHosts.has(node);

/**
 * One query that finds every candidate control: broad on purpose (one tree walk
 * in native code), then narrowed by `controlKind`.
 */
export const CANDIDATE_QUERY = `input,select,textarea,[role],[contenteditable],[aria-pressed],[aria-haspopup=listbox],${CHIP_QUERY}`;

/** ARIA roles of widgets that take an answer. (`radiogroup`/`group` are containers, not controls.) */
const WIDGET_ROLES: Record<string, ControlKind> = {
  textbox: 'text',
  searchbox: 'text',
  combobox: 'text',
  listbox: 'text',
  slider: 'text',
  spinbutton: 'text',
  radio: 'radio',
  checkbox: 'checkbox',
  switch: 'checkbox',
};

const NOT_ANSWERS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** `radio` and `checkbox` answer as groups; everything else is one `text`-like control. */
export type ControlKind = 'text' | 'radio' | 'checkbox';

/** The kind of control `el` is, or null when it carries no answer. */
export function controlKind(el: Element): ControlKind | null {
  switch (el.localName) {
    case 'input': {
      const type = (el as HTMLInputElement).type;
      if (NOT_ANSWERS.has(type)) return null;
      if (el.getAttribute('aria-hidden') === 'true') return null; // a decoy helper beside the real field
      if (type === 'radio') return 'radio';
      if (type === 'checkbox') return 'checkbox';
      return isInvisibleHelper(el) ? null : 'text';
    }
    case 'select':
    case 'textarea':
      return el.getAttribute('aria-hidden') === 'true' ? null : 'text';
  }
  const role = el.getAttribute('role');
  if (role !== null) {
    const kind = WIDGET_ROLES[role.trim().split(' ')[0] ?? ''];
    if (kind) return el.getAttribute('aria-hidden') === 'true' ? null : kind;
  }
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return 'text';
  // A toggle button (one of "Yes" "No" buttons with aria-pressed): an option of a choice.
  if (el.localName === 'button' && el.hasAttribute('aria-pressed') && el.getAttribute('aria-hidden') !== 'true') return 'checkbox';
  // A select replacement drawn as a button that opens a listbox (role=button or none).
  if (isListboxButton(el) && el.getAttribute('aria-hidden') !== 'true') return 'text';
  // A plain button among its row of options ("Yes" "No" with no ARIA state): one option of a choice.
  if (isChoiceChip(el)) return 'radio';
  return null;
}

/** A button (or an element acting as one) that opens a listbox to choose from: a select replacement. */
export function isListboxButton(el: Element): boolean {
  if (el.getAttribute('aria-haspopup') !== 'listbox') return false;
  const role = el.getAttribute('role');
  return role === null || role === 'button';
}

/**
 * How a field of `kind` whose first control is `first` takes its answer: radios,
 * checkboxes, toggle buttons, selects and listbox widgets choose; anything else
 * (a textarea, a text box, a date, a contenteditable) is free text.
 */
export function answerForm(kind: ControlKind, first: Element): AnswerForm {
  if (kind !== 'text') return 'choice';
  if (first.localName === 'select' || isListboxButton(first)) return 'choice';
  const role = first.getAttribute('role');
  return role === 'combobox' || role === 'listbox' ? 'choice' : 'free';
}

/** A box this small (CSS px, either side) shows nothing an adviser could type in. */
const TINY_BOX_PX = 2;

/**
 * A text input a widget keeps out of sight and out of the tab order (a date
 * picker's helper beside day/month/year: opacity 0 or a box of a pixel, and
 * `tabindex=-1`): not a part of the answer. Only inputs taken out of the tab
 * order are measured, so ordinary fields cost one attribute read.
 */
function isInvisibleHelper(input: Element): boolean {
  if (input.getAttribute('tabindex') !== '-1') return false;
  const view = input.ownerDocument.defaultView;
  const style = view?.getComputedStyle(input);
  if (style && (style.opacity === '0' || style.visibility === 'hidden' || style.display === 'none')) return true;
  const box = input.getBoundingClientRect();
  return box.width <= TINY_BOX_PX || box.height <= TINY_BOX_PX;
}

/** True for native inputs, selects and textareas (they have `.labels`, `.form`, `.name`). */
export function isNativeControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const name = el.localName;
  return name === 'input' || name === 'select' || name === 'textarea';
}
