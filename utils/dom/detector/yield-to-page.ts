/** Let the page run (input, rendering) between slices of work; resolves when it is our turn again. */
export function yieldToPage(view: Window): Promise<void> {
  const scheduler = (view as Window & { scheduler?: { postTask?: (cb: () => void, o?: object) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => view.setTimeout(resolve, 0));
}
