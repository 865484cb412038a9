/**
 * What counts as a form control on a host page, and what kind it is. Native
 * controls, ARIA widgets (role=textbox, combobox, radio…) and contenteditable
 * regions all carry answers; buttons, hidden inputs and the extension's own
 * overlay do not.
 */

/** The extension's overlay container (components/overlay/mount-overlay.ts): never scanned. */
export const OVERLAY_TAG = 'adviser-coach-overlay';

/**
 * One query that finds every candidate control: broad on purpose (one tree walk
 * in native code), then narrowed by `controlKind`.
 */
export const CANDIDATE_QUERY = 'input,select,textarea,[role],[contenteditable]';

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
      return type === 'radio' ? 'radio' : type === 'checkbox' ? 'checkbox' : 'text';
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
  return null;
}

/** True for native inputs, selects and textareas (they have `.labels`, `.form`, `.name`). */
export function isNativeControl(el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const name = el.localName;
  return name === 'input' || name === 'select' || name === 'textarea';
}
