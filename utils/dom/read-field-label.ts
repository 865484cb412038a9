/**
 * Read the question text a host page shows for a form control.
 * Read-only: never changes the host DOM.
 */

type LabelledControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function textOf(element: Element | null | undefined): string {
  return element?.textContent?.trim() ?? '';
}

/** The label texts a control carries, most authoritative first. */
export function readFieldLabel(control: Element): string {
  const labels = (control as LabelledControl).labels;
  if (labels && labels.length > 0) return textOf(labels[0]);
  return control.getAttribute('aria-label')?.trim() ?? '';
}
