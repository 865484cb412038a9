/** The form controls of a document that can carry an answer to a question. */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

export function listFormControls(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(CONTROL_SELECTOR));
}
