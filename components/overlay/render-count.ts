/**
 * How often each part of the overlay rendered, for the browser tests and the benchmark:
 * a page that replaces its form with an equal one must not make the overlay draw again.
 * A count per render, nothing else; the content script shows it (in its own isolated
 * world, never to the page) only in test and demo builds.
 */
export interface RenderCounts {
  /** The card, follow-ups and "left to ask" (OverlayApp). */
  overlay: number;
  /** The dots beside found fields (FieldMarkers). */
  markers: number;
}

export const renderCounts: RenderCounts = { overlay: 0, markers: 0 };
