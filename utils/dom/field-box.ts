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
 * inside styled labels) are left out; when none has a box, the box of the
 * nearest element around them that has one.
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
    // Nothing of the field has a box of its own: the widget around it shows where it is.
    const box = markerBox(controls) ?? controls[0]?.getBoundingClientRect();
    return { left: box?.left ?? 0, top: box?.top ?? 0, width: box?.width ?? 0, height: box?.height ?? 0 };
  }
  return { left, top, width: right - left, height: bottom - top };
}

const hasBox = (box: DOMRect) => box.width > 0 || box.height > 0;

/**
 * Where a field's marker dot goes: right of the last control the page shows (for
 * a native option, right of its label: "No", not on it). A widget whose last
 * element has no box (a hidden real `<select>`, a visually hidden input) uses the
 * last one that has, else the nearest element around it that has; null when
 * nothing of the field is on screen (then no dot, rather than one at the page's corner).
 */
export function markerBox(controls: readonly Element[]): DOMRect | null {
  return markerElement(controls)?.getBoundingClientRect() ?? null;
}

/** The element `markerBox` measures (the one a marker sits beside), or null. */
export function markerElement(controls: readonly Element[]): Element | null {
  for (let i = controls.length - 1; i >= 0; i--) {
    const control = controls[i] as Element;
    const isOption = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
    const label = isOption ? control.labels?.[0] : undefined;
    if (label && hasBox(label.getBoundingClientRect())) return label;
    if (hasBox(control.getBoundingClientRect())) return control;
  }
  let around = controls[controls.length - 1]?.parentElement ?? null;
  for (let depth = 0; around && depth < 4; depth++, around = around.parentElement) {
    if (hasBox(around.getBoundingClientRect())) return around;
  }
  return null;
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
