/**
 * Noticing a document written anew in place: `document.open()` (then `write`, `close`), as old case
 * systems fill an about:blank frame, by the page around it or by the frame's own script. The window
 * and the document object stay, so no content script is injected again; but the old elements are
 * gone, and every listener on the window and the document is erased (in every world, ours too).
 * A MutationObserver is no listener and survives: on the document node itself, without subtree,
 * it hears only its own children change, which an ordinary page never does after it is parsed.
 */

/**
 * Calls `onRewritten` (once per rewrite, in a microtask after it) when the document's root element
 * is taken away, as `document.open()` does. Stops when `signal` aborts.
 */
export function onDocumentRewritten(doc: Document, onRewritten: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const view = doc.defaultView;
  if (!view) return;
  const observer = new view.MutationObserver((records) => {
    if (records.some((record) => [...record.removedNodes].some((node) => node.nodeType === Node.ELEMENT_NODE))) onRewritten();
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
