/**
 * Notice when a found field's answer may have changed without an event: a
 * script set aria-checked or a class on a custom option, rewrote a hidden
 * select's options, or changed the value a select replacement shows. One
 * MutationObserver, on the found fields only (their controls and the group
 * container around them), with an attribute filter (none for a row of choice
 * chips, whose choice may be in any attribute). Read-only.
 */
import { isChoiceChip } from './choice-chips';

/** Attributes in which libraries keep a choice. */
const ANSWER_ATTRIBUTES = [
  'aria-checked', 'aria-selected', 'aria-pressed', 'aria-valuenow', 'class', 'data-state', 'data-value',
  'checked', 'selected', 'value',
];
/** Containers of a group whose changes matter (not the whole form). */
const GROUP = '[role=radiogroup],[role=group],fieldset,[role=combobox],[role=listbox]';
/** How far up a change's target is followed to the field it belongs to. */
const MAX_DEPTH = 16;

export interface WatchedMatch {
  itemId: string;
  control: Element;
  controls: readonly Element[];
}

export interface AnswerChangeWatcher {
  /** Watch these fields (and stop watching the others). */
  watch(matches: readonly WatchedMatch[]): void;
  stop(): void;
}

/** The element whose subtree holds all of a field's answer: its group container, else the common parent of its controls. */
export function answerScope(match: WatchedMatch): Element {
  const controls = match.controls.length ? match.controls : [match.control];
  const first = controls[0] as Element;
  const group = first.parentElement?.closest(GROUP);
  if (group && controls.every((c) => group.contains(c))) return group;
  let scope: Element = controls.length > 1 ? (first.parentElement ?? first) : first;
  for (let depth = 0; depth < 4 && !controls.every((c) => scope.contains(c)) && scope.parentElement; depth++) scope = scope.parentElement;
  // A single control's wrapper holds its shown value and hidden original (a select replacement).
  if (controls.length === 1 && first.parentElement && first.parentElement.localName !== 'form' && first.parentElement.localName !== 'body') {
    scope = first.parentElement;
  }
  return scope;
}

const TYPED_INPUT = /^(?:text|search|email|tel|url|number|password|)$/;

/** A free-text field: its answer changes as the adviser types. */
export function isTypedText(match: WatchedMatch): boolean {
  if (match.controls.length > 1) return false;
  const c = match.control;
  if (c.localName === 'textarea') return true;
  if (c.localName === 'input') return TYPED_INPUT.test((c as HTMLInputElement).type) && c.getAttribute('role') !== 'combobox';
  return c.getAttribute('role') === 'textbox' || (c as HTMLElement).isContentEditable === true;
}

/** @param onChange told the item id of a field whose answer may have changed (often several times per change) */
export function watchAnswerChanges(view: Window, onChange: (itemId: string) => void): AnswerChangeWatcher {
  const Observer = (view as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver ?? globalThis.MutationObserver;
  let scopes = new WeakMap<Node, string[]>();
  const observer = new Observer((records) => {
    for (const record of records) {
      let node: Node | null = record.target;
      for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentNode) {
        const ids = scopes.get(node);
        if (ids) {
          for (const id of ids) onChange(id);
          break;
        }
      }
    }
  });
  return {
    watch(matches) {
      observer.disconnect();
      scopes = new WeakMap();
      for (const match of matches) {
        // Typed text is read after a pause in typing (a sentence is judged whole), not on every change around it.
        if (isTypedText(match)) continue;
        const scope = answerScope(match);
        const ids = scopes.get(scope);
        if (ids) {
          ids.push(match.itemId);
          continue;
        }
        scopes.set(scope, [match.itemId]);
        // A chip row keeps its choice in any attribute (a data-* flag, an inline style): all are watched, in the row only.
        const anyAttribute = isChoiceChip(match.control);
        observer.observe(scope, { attributes: true, ...(!anyAttribute && { attributeFilter: ANSWER_ATTRIBUTES }), subtree: true, childList: true, characterData: true });
      }
    },
    stop: () => observer.disconnect(),
  };
}
