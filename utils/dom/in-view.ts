/**
 * Which found fields can be seen: not scrolled out of the window, nor out of an inner
 * scrolling pane (an app shell with `overflow: auto`) that clips them. The browser's
 * IntersectionObserver works this out (clipping by every scrolling ancestor
 * included) off the main path, and says when it changes. Read-only.
 */
export interface InViewTracker {
  /** Follow exactly these elements from now on. */
  track(elements: Iterable<Element>): void;
  /** Known to be out of sight (unknown counts as in sight). */
  isHidden(element: Element): boolean;
  /** Whether the browser has said yet whether `element` is in sight (it does soon after `track`). */
  isKnown(element: Element): boolean;
  stop(): void;
}

/** @param onChange told when some tracked element came into or went out of sight */
export function createInViewTracker(onChange: () => void): InViewTracker {
  const hidden = new WeakSet<Element>();
  const known = new WeakSet<Element>();
  let tracked = new Set<Element>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      known.add(entry.target);
      if (entry.isIntersecting) hidden.delete(entry.target);
      else hidden.add(entry.target);
    }
    onChange();
  });
  return {
    track(elements) {
      const next = new Set(elements);
      for (const element of tracked) if (!next.has(element)) observer.unobserve(element);
      for (const element of next) if (!tracked.has(element)) observer.observe(element);
      tracked = next;
    },
    isHidden: (element) => hidden.has(element),
    isKnown: (element) => known.has(element),
    stop: () => observer.disconnect(),
  };
}
