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
  group?: { scope: Node; key: string };
}

/** Radio groups by (form or root) and name; checkbox groups by (container) and name. */
export type GroupIndex = WeakMap<Node, Map<string, Field>>;

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
    let field: Field | null = null;
    if (kind === 'radio' || kind === 'checkbox') field = joinGroup(el, kind, native, groups);
    if (field) {
      field.controls.push(el);
      return;
    }
    field = { controls: [el], kind, order: nextOrder.value++ };
    out.push(field);
    last = field;
    if (kind !== 'text') rememberGroup(el, kind, native, field, groups);
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

function groupKey(el: Element, kind: ControlKind, native: boolean): [Node, string] | null {
  if (native) {
    const name = (el as HTMLInputElement).name;
    if (!name) return null;
    if (kind === 'radio') return [(el as HTMLInputElement).form ?? el.getRootNode(), `r:${name}`];
    const container = el.parentElement?.closest(CHECKBOX_CONTAINER) ?? (el as HTMLInputElement).form ?? el.getRootNode();
    return [container, `c:${name}`];
  }
  if (kind === 'radio') {
    // Custom radios answer together within their radiogroup, or else with their siblings.
    const group = el.parentElement?.closest('[role=radiogroup]') ?? el.parentElement;
    return group ? [group, 'r:'] : null;
  }
  const group = el.parentElement?.closest('[role=group]');
  return group ? [group, 'c:'] : null;
}

function joinGroup(el: Element, kind: ControlKind, native: boolean, groups: GroupIndex): Field | null {
  const key = groupKey(el, kind, native);
  if (!key) return null;
  return groups.get(key[0])?.get(key[1]) ?? null;
}

function rememberGroup(el: Element, kind: ControlKind, native: boolean, field: Field, groups: GroupIndex): void {
  const key = groupKey(el, kind, native);
  if (!key) return;
  let byName = groups.get(key[0]);
  if (!byName) {
    byName = new Map();
    groups.set(key[0], byName);
  }
  byName.set(key[1], field);
  field.group = { scope: key[0], key: key[1] };
}

/** Forget a group, so options added later start a new field instead of joining a stale one. */
export function forgetGroup(field: Field, groups: GroupIndex): void {
  if (!field.group) return;
  const byName = groups.get(field.group.scope);
  if (byName?.get(field.group.key) === field) byName.delete(field.group.key);
}
