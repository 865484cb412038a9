/**
 * The host page's own popups for the field the adviser is in: a custom select's list,
 * a combobox's or typeahead's suggestions, a date picker, a validation or tooltip bubble.
 * While one is open the adviser is about to click in it, so the coach's card must cover
 * none of it (components/overlay/OverlayApp.tsx). Read-only, and bounded: the lists an
 * expanded control names, and a fixed handful of hit tests just outside the field's edges.
 */
import { isOverlayHost } from './control-kinds';
import type { ScreenBox } from './field-box';

/** How far outside the field's edges the page's popups are looked for (px): flush, a small gap, a bubble's arrow. */
const PROBE_DISTANCES = [3, 12, 28];
/** How many ancestors of a hit element are looked at for the popup around it. */
const MAX_DEPTH = 16;
/** How far below a field its own drop-down list usually reaches, when an expanded control names no list we can see (px). */
const OPEN_LIST_REACH = 260;

export interface HostPopups {
  /** The popups' elements, for measuring them again as the page scrolls ({@link popupsMoved}). */
  elements: Element[];
  /** Their boxes, in viewport pixels: what the card must never cover while they are open. */
  boxes: ScreenBox[];
  /**
   * A control says it is expanded but neither names a list that shows nor has one beside it:
   * the space below the field where such lists open (a guess, so only kept clear where there is room).
   */
  guess: ScreenBox | null;
}

const boxOf = (element: Element): ScreenBox | null => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return width > 0 && height > 0 ? { left, top, width, height } : null;
};

/** The elements `attribute` names by id (aria-controls, aria-owns, aria-describedby). */
function named(control: Element, attribute: string): Element[] {
  const ids = control.getAttribute(attribute);
  if (!ids) return [];
  const root = control.getRootNode() as Document | ShadowRoot;
  return ids.split(/\s+/).map((id) => (id ? root.getElementById?.(id) : null)).filter((el): el is HTMLElement => !!el);
}

/** Drawn over the page's flow: positioned out of it, or in the top layer (a popover, an open dialog). */
function floats(element: Element): boolean {
  const position = element.ownerDocument.defaultView?.getComputedStyle(element).position;
  if (position === 'absolute' || position === 'fixed') return true;
  if (element.localName === 'dialog') return element.hasAttribute('open');
  if (!element.hasAttribute('popover')) return false;
  try {
    return element.matches(':popover-open');
  } catch {
    return false; // a browser without `:popover-open`
  }
}

/** `element`'s box holds the point (viewport pixels). */
function covers(element: Element, x: number, y: number): boolean {
  const box = element.getBoundingClientRect();
  return box.left <= x && x <= box.right && box.top <= y && y <= box.bottom;
}

const parentAcross = (element: Element): Element | null =>
  element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);

/**
 * The popups open for a field now.
 *
 * - ARIA: a control (or the combobox around it) with `aria-expanded="true"` and the list its
 *   `aria-controls`/`aria-owns` names; a `role=tooltip` its `aria-describedby` names.
 * - Without ARIA: what is drawn over the page's flow (absolutely or fixed positioned, a
 *   popover or open dialog) and touches the field: hit tests at {@link PROBE_DISTANCES}
 *   below, above, right and left of its edges (18 in all), each followed up at most
 *   {@link MAX_DEPTH} ancestors, stopping at one that holds the field. One drawn over the
 *   field's own centre is a cover, not the field's popup (the hostile-page guard's business).
 *
 * @param controls the field's controls (a radio group's options); the first one's root is probed
 * @param field the box around them, in viewport pixels
 * @returns boxes in viewport pixels, each popup once; the overlay's own host is never one
 */
export function hostPopups(controls: readonly Element[], field: ScreenBox): HostPopups {
  const found = new Set<Element>();
  let expanded = false;
  for (const control of controls.slice(0, 12)) {
    const combobox = control.closest('[role=combobox]');
    for (const owner of combobox && combobox !== control ? [control, combobox] : [control]) {
      if (owner.getAttribute('aria-expanded') !== 'true') continue;
      expanded = true;
      for (const list of [...named(owner, 'aria-controls'), ...named(owner, 'aria-owns')]) found.add(list);
    }
    for (const described of named(control, 'aria-describedby')) if (described.getAttribute('role') === 'tooltip') found.add(described);
  }

  const first = controls[0];
  const root = first?.getRootNode() as Document | ShadowRoot | undefined;
  if (first && root && typeof root.elementFromPoint === 'function') {
    const holdsField = (element: Element) => controls.some((control) => element.contains(control));
    const walked = new Set<Element>();
    const centreX = field.left + field.width / 2;
    const centreY = field.top + field.height / 2;
    const nearLeft = field.left + Math.min(10, field.width / 2);
    for (const d of PROBE_DISTANCES) {
      const points: [number, number][] = [
        [nearLeft, field.top + field.height + d], [centreX, field.top + field.height + d],
        [nearLeft, field.top - d], [centreX, field.top - d],
        [field.left + field.width + d, centreY], [field.left - d, centreY],
      ];
      for (const [x, y] of points) {
        // The page's topmost element there. Only when the coach's own card lies over it, the
        // whole stack: a list-based hit test costs about six times a plain one.
        const top = root.elementFromPoint(x, y);
        const hit = top && isOverlayHost(top) ? root.elementsFromPoint(x, y).find((element) => !isOverlayHost(element)) : top;
        for (let element: Element | null = hit ?? null, depth = 0; element && depth < MAX_DEPTH; element = parentAcross(element), depth++) {
          if (walked.has(element) || element === element.ownerDocument.body || element === element.ownerDocument.documentElement || holdsField(element)) break;
          walked.add(element);
          if (floats(element)) {
            // A popup opens beside its field. One drawn over the field's own centre is a cover
            // (a page-wide veil, a popover over everything): moving the card off it would hide the
            // card, and the overlay's guard raises the card above it instead.
            if (!covers(element, centreX, centreY)) found.add(element);
            break;
          }
        }
      }
    }
  }

  // A popup inside another one found (a tooltip's arrow, a picker's grid) adds nothing; the outer one's box takes in its
  // floating children (popupBox).
  const outer = [...found].filter((element) => ![...found].some((other) => other !== element && other.contains(element)));
  const measured = measure(outer, field);
  return { ...measured, guess: expanded && measured.boxes.length === 0 ? below(field) : null };
}

/**
 * The popups `found` found, measured again where the page has only scrolled or moved them
 * (no page change since, so no new one): a box read per popup, no hit test. A hit test after
 * a scroll makes the browser bring its paint data up to date at once, which on a page of
 * thousands of controls costs milliseconds.
 */
export function popupsMoved(found: HostPopups, field: ScreenBox): HostPopups {
  const measured = measure(found.elements.filter((element) => element.isConnected), field);
  return { ...measured, guess: found.guess ? below(field) : null };
}

function measure(elements: readonly Element[], field: ScreenBox): Pick<HostPopups, 'elements' | 'boxes'> {
  const shown: Element[] = [];
  const boxes: ScreenBox[] = [];
  for (const element of elements) {
    const box = popupBox(element, field);
    if (box) {
      shown.push(element);
      boxes.push(box);
    }
  }
  return { elements: shown, boxes };
}

/** How many children of a popup are looked at for parts drawn outside its own box. */
const MAX_POPUP_CHILDREN = 8;

/**
 * A popup's box with its floating children's: a library's container positioned on the page whose list is positioned
 * inside it (Select2 appends `<span style="position:absolute">` holding an absolute `.select2-dropdown`) has a box a
 * line high, while the list the adviser clicks in reaches far below it. A child drawn over the field's own centre (a
 * page-wide click-catcher behind a menu) is a cover, not part of the popup. Null when nothing of it shows.
 */
function popupBox(element: Element, field: ScreenBox): ScreenBox | null {
  let box = boxOf(element);
  const centreX = field.left + field.width / 2;
  const centreY = field.top + field.height / 2;
  const children = element.children;
  for (let i = 0; i < children.length && i < MAX_POPUP_CHILDREN; i++) {
    const child = children[i]!;
    if (floats(child) && !covers(child, centreX, centreY)) box = union(box, boxOf(child));
  }
  return box;
}

function union(a: ScreenBox | null, b: ScreenBox | null): ScreenBox | null {
  if (!a || !b) return a ?? b;
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  return { left, top, width: Math.max(a.left + a.width, b.left + b.width) - left, height: Math.max(a.top + a.height, b.top + b.height) - top };
}

const below = (field: ScreenBox): ScreenBox => ({ left: field.left, top: field.top + field.height, width: Math.max(field.width, 240), height: OPEN_LIST_REACH });

/**
 * Hears the page show, hide or move a popup while the adviser is in `field`: one
 * MutationObserver on the field's document (and shadow root) for added or removed
 * elements and the attributes pages open popups with, plus the ends of CSS transitions
 * and animations (a list that slides in). Only tells `onChange` (which should place the
 * card at most once a frame); the reading is {@link hostPopups}'s.
 *
 * @returns stops listening
 */
export function watchHostPopups(field: Element, onChange: () => void): () => void {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  if (!view) return () => {};
  const observer = new view.MutationObserver((records) => {
    if (records.some((record) => !isOverlayHost(record.target))) onChange();
  });
  const options: MutationObserverInit = {
    childList: true, subtree: true, attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'open', 'popover', 'aria-expanded', 'aria-hidden'],
  };
  observer.observe(doc, options);
  const root = field.getRootNode();
  if (root !== doc) observer.observe(root, options);
  const ends = new AbortController();
  for (const type of ['transitionend', 'animationend']) doc.addEventListener(type, onChange, { capture: true, passive: true, signal: ends.signal });
  return () => {
    observer.disconnect();
    ends.abort();
  };
}
