/**
 * Where a matched field is on screen, for placing the card and the marker dot.
 * Read-only.
 */
/** A rectangle in viewport pixels (the overlay's `Box`). */
export interface ScreenBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The smallest box around a field's controls (a radio group's whole row of
 * options), in viewport pixels. Controls without a box (visually hidden inputs
 * inside styled labels) are left out; when none has a box, the first control's
 * (possibly empty) box.
 */
export function boxAround(controls: readonly Element[]): ScreenBox {
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    left = Math.min(left, box.left);
    top = Math.min(top, box.top);
    right = Math.max(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  if (left === Infinity) {
    const box = controls[0]?.getBoundingClientRect();
    return { left: box?.left ?? 0, top: box?.top ?? 0, width: box?.width ?? 0, height: box?.height ?? 0 };
  }
  return { left, top, width: right - left, height: bottom - top };
}

/** The element to focus for a matched control: itself, or the chosen (else first) option inside it. */
export function focusableIn(control: Element): HTMLElement | null {
  if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) return control;
  return (
    control.querySelector<HTMLElement>('input:checked, input, select, textarea, [role=radio][aria-checked=true], [role=radio], [tabindex]') ??
    (control instanceof HTMLElement ? control : null)
  );
}

/**
 * Where a field's question text is on screen: its `<label>`s, `aria-labelledby`
 * elements, the legend of its fieldset, and in a table layout the cells before the
 * field's cell in its row. Empty boxes are left out. What the card must not cover.
 */
export function questionBoxes(controls: readonly Element[]): ScreenBox[] {
  const elements = new Set<Element>();
  for (const control of controls.slice(0, 12)) {
    const labels = (control as HTMLInputElement).labels;
    if (labels) for (const label of labels) elements.add(label);
    const root = control.getRootNode() as Document | ShadowRoot;
    for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
      const labelledBy = id ? root.getElementById?.(id) : null;
      if (labelledBy) elements.add(labelledBy);
    }
    const legend = control.closest('fieldset')?.querySelector(':scope > legend');
    if (legend) elements.add(legend);
    for (let cell = control.closest('td, th')?.previousElementSibling; cell; cell = cell.previousElementSibling) elements.add(cell);
  }
  const boxes: ScreenBox[] = [];
  for (const element of elements) {
    const { left, top, width, height } = element.getBoundingClientRect();
    if (width > 0 && height > 0) boxes.push({ left, top, width, height });
  }
  return boxes;
}

/**
 * Whether `element` is the page's re-creation of `gone` (a page that renders the field
 * anew on every keystroke): `gone` has left the page, and `element` is the same kind of
 * control with the same id or name.
 */
export function isRecreated(element: Element, gone: Element): boolean {
  if (gone.isConnected || element.localName !== gone.localName) return false;
  if ((element as HTMLInputElement).type !== (gone as HTMLInputElement).type) return false;
  const same = (attribute: string) => !!element.getAttribute(attribute) && element.getAttribute(attribute) === gone.getAttribute(attribute);
  return same('id') || same('name');
}
