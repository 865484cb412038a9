/**
 * List the fields of a document or shadow root: the controls that carry an
 * answer, grouped the way they answer. A radio group is one field (one question),
 * not one per option; so is a set of checkboxes sharing a name, and an ARIA
 * widget together with the native input inside it.
 */
import { CANDIDATE_QUERY, controlKind, isNativeControl, type ControlKind } from './control-kinds';
import type { FieldShape } from './read-field-label';

export interface Field extends FieldShape {
  controls: Element[];
  kind: ControlKind;
  /** Position in scan order: earlier fields win ties for the same pack item. */
  order: number;
  /** Where a radio or checkbox group is registered in the `GroupIndex`, so it can be forgotten. */
  group?: { scope: Node; kind: 'radio' | 'checkbox'; name: string };
}

/** Radio groups by (form or root) and name; checkbox groups by (container) and name. Custom ones by container. */
export type GroupIndex = WeakMap<Node, { radio?: Map<string, Field>; checkbox?: Map<string, Field> }>;

const CHECKBOX_CONTAINER = 'fieldset,[role=group],table,ul,ol';

/** Every control in `root` (not descending into shadow roots), in document order. */
export function listFormControls(root: ParentNode): Element[] {
  const out: Element[] = [];
  const candidates = root.querySelectorAll(CANDIDATE_QUERY);
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i] as Element;
    if (controlKind(el) !== null) out.push(el);
  }
  return out;
}

/**
 * Group the controls of `root` into fields, appending to `out`. `nextOrder`
 * numbers them; `groups` lets a later, incremental pass add an option to a group
 * found earlier.
 */
export function collectFields(root: ParentNode, out: Field[], groups: GroupIndex, nextOrder: { value: number }): void {
  addFields(root.querySelectorAll(CANDIDATE_QUERY), out, groups, nextOrder);
}

/** Group `elements` (any candidates, in document order) into fields. */
export function addFields(
  elements: ArrayLike<Element>,
  out: Field[],
  groups: GroupIndex,
  nextOrder: { value: number },
): void {
  const add = createFieldCollector(out, groups, nextOrder);
  for (let i = 0; i < elements.length; i++) add(elements[i] as Element);
}

/**
 * A collector that takes candidates one at a time, in document order (so a long
 * list can be grouped in slices): each control starts a field or joins one.
 */
export function createFieldCollector(out: Field[], groups: GroupIndex, nextOrder: { value: number }): (el: Element) => void {
  // The last ARIA widget / editable region seen: controls inside it belong to it.
  let widget: Element | null = null;
  let widgetField: Field | null = null;
  let last: Field | null = null;
  return (el) => {
    const kind = controlKind(el);
    if (kind === null) return;
    if (widget !== null && widget.contains(el)) {
      if (isNativeControl(el) && widgetField) widgetField.controls.push(el);
      return; // an editable paragraph inside an editable region, an option inside a listbox…
    }
    const native = isNativeControl(el);
    if (!native && last && el.id && el.getAttribute('role') === 'listbox' && popupOf(last, el.id)) {
      last.controls.push(el); // a combobox's popup listbox is part of the combobox
      return;
    }
    const grouped = kind !== 'text' && findGroupKey(el, kind, native);
    if (grouped) {
      const field = groups.get(keyScope as Node)?.[kind]?.get(keyName);
      if (field) {
        keyScope = null;
        field.controls.push(el);
        return;
      }
    }
    const field: Field = { controls: [el], kind, order: nextOrder.value++ };
    out.push(field);
    last = field;
    if (grouped) rememberGroup(kind, field, groups);
    keyScope = null; // module state: it would keep the page's replaced form alive
    if (!native) {
      // An ARIA combobox around an <input>, a styled radio around a visually hidden native one: one field.
      widget = el;
      widgetField = field;
    }
  };
}

/** Whether the field's control names `id` as its popup (aria-controls / aria-owns). */
function popupOf(field: Field, id: string): boolean {
  const control = field.controls[0] as Element;
  if (control.getAttribute('role') !== 'combobox') return false;
  const refs = `${control.getAttribute('aria-controls') ?? ''} ${control.getAttribute('aria-owns') ?? ''}`;
  return refs.split(/\s+/).includes(id);
}

// The group key `findGroupKey` found (scratch: the collector reads it at once).
let keyScope: Node | null = null;
let keyName = '';

/** Where a radio or checkbox joins its group; false when it answers alone (a native one without a name). */
function findGroupKey(el: Element, kind: 'radio' | 'checkbox', native: boolean): boolean {
  if (native) {
    const name = (el as HTMLInputElement).name;
    if (!name) return false;
    keyName = name;
    keyScope =
      kind === 'radio'
        ? ((el as HTMLInputElement).form ?? el.getRootNode())
        : (el.parentElement?.closest(CHECKBOX_CONTAINER) ?? (el as HTMLInputElement).form ?? el.getRootNode());
    return true;
  }
  keyName = '';
  // Custom radios answer together within their radiogroup, or else with their siblings.
  if (kind === 'radio') keyScope = el.parentElement?.closest('[role=radiogroup]') ?? el.parentElement;
  // Toggle buttons answer together within their group or toolbar, or else with their siblings.
  else if (el.hasAttribute('aria-pressed')) keyScope = el.parentElement?.closest('[role=group],[role=radiogroup],[role=toolbar]') ?? el.parentElement;
  else keyScope = el.parentElement?.closest('[role=group]') ?? null;
  return keyScope !== null;
}

function rememberGroup(kind: 'radio' | 'checkbox', field: Field, groups: GroupIndex): void {
  const scope = keyScope as Node;
  let inScope = groups.get(scope);
  if (!inScope) groups.set(scope, (inScope = {}));
  (inScope[kind] ??= new Map()).set(keyName, field);
  field.group = { scope, kind, name: keyName };
}

/** Forget a group, so options added later start a new field instead of joining a stale one. */
export function forgetGroup(field: Field, groups: GroupIndex): void {
  if (!field.group) return;
  const byName = groups.get(field.group.scope)?.[field.group.kind];
  if (byName?.get(field.group.name) === field) byName.delete(field.group.name);
}
