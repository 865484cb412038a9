/**
 * Which frame element (`<iframe>`, `<frame>`) of a document shows a given frame,
 * and where that frame's viewport lies in the document's viewport, so a card for a
 * field inside the frame can be drawn from the document around it. Read-only.
 */
import type { ScreenBox } from './field-box';
import { collectShadowRoots, createShadowRootOpener, type ShadowRootOpener } from './shadow-roots';

/** How a frame is recognised from the document around it. */
export interface FrameClue {
  /** The frame's own random token, read from its window where the frame is in the same origin. */
  token: string;
  /** Where the frame keeps the token on its window (visible only to this extension's scripts). */
  tokenKey: symbol;
  /** The frame's address: for a frame of another origin, whose window cannot be read. */
  url: string;
  /** The frame's viewport size (CSS px). */
  viewport: { width: number; height: number };
  /** The frame's id in its tab, as the extension's messaging gives it (not the page). */
  frameId?: number;
  /**
   * The id of the frame a frame element shows, where the browser can tell (undefined where
   * not). Firefox runs each frame's content script in a sandbox of its own, where the token a
   * frame keeps on its window is not seen from the document around it; this is seen.
   */
  frameIdOf?: (frame: Element) => number | undefined;
}

/** Whether `target` is a frame element (focus moving into a frame lands on it in the document around). */
export const isFrameElement = (target: EventTarget | null): target is HTMLIFrameElement | HTMLFrameElement =>
  target instanceof Element && (target.localName === 'iframe' || target.localName === 'frame');

/** How deep frames inside frames are searched (a case system rarely nests more than two). */
const MAX_DEPTH = 4;

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The document a frame element shows, when this script may read it (same origin); else null. */
function readableDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Whether `frame` shows the frame `clue` describes, told by its id or by the token on its window. */
function showsFrame(frame: HTMLIFrameElement | HTMLFrameElement, clue: FrameClue): boolean {
  const id = clue.frameId === undefined ? undefined : clue.frameIdOf?.(frame);
  if (id !== undefined) return id === clue.frameId;
  try {
    return (frame.contentWindow as unknown as Record<symbol, unknown> | null)?.[clue.tokenKey] === clue.token;
  } catch {
    return false; // another origin: its window's properties cannot be read
  }
}

/** The frame element's content box (where the framed page's viewport starts), in its document's viewport. */
export function frameContentBox(frame: Element): ScreenBox {
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const px = (value: string | undefined) => Number.parseFloat(value ?? '') || 0;
  const left = box.left + frame.clientLeft + px(style?.paddingLeft);
  const top = box.top + frame.clientTop + px(style?.paddingTop);
  return {
    left,
    top,
    width: frame.clientWidth - px(style?.paddingLeft) - px(style?.paddingRight),
    height: frame.clientHeight - px(style?.paddingTop) - px(style?.paddingBottom),
  };
}

/**
 * The frame elements from `doc` down to the one that shows the frame `clue`
 * describes (one element for a frame of `doc`, more for a frame inside a
 * same-origin frame), or null when none does. A frame with the clue's frame id
 * (where the browser tells it), else one whose window holds the token, is that
 * frame; a frame of another origin is otherwise recognised by its address and
 * viewport size, and only when exactly one frame fits both. Frames inside shadow roots
 * (`openShadowRoot`: open ones, and closed ones where the browser gives them) are looked
 * for when no frame outside them is the one.
 */
export function findFrameChain(doc: Document, clue: FrameClue, openShadowRoot: ShadowRootOpener = createShadowRootOpener()): Element[] | null {
  const framesInShadowRoots = (inside: Document): (HTMLIFrameElement | HTMLFrameElement)[] => {
    const roots: ShadowRoot[] = [];
    collectShadowRoots(inside, openShadowRoot, roots);
    return roots.flatMap((root) => Array.from(root.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')));
  };
  const byAddress: Element[][] = [];
  const search = (inside: Document, path: Element[]): Element[] | null => {
    if (path.length >= MAX_DEPTH) return null;
    return searchFrames(inside.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame'), path) ??
      // a frame inside a component's shadow root ("<case-panel>" rendering its iframe): looked for only when none outside is it
      searchFrames(framesInShadowRoots(inside), path);
  };
  const searchFrames = (frames: Iterable<HTMLIFrameElement | HTMLFrameElement>, path: Element[]): Element[] | null => {
    for (const frame of frames) {
      const chain = [...path, frame];
      if (showsFrame(frame, clue)) return chain;
      const framed = readableDocument(frame);
      if (framed) {
        const found = search(framed, chain);
        if (found) return found;
        continue;
      }
      const size = frameContentBox(frame);
      const sameSize = Math.abs(size.width - clue.viewport.width) <= 1 && Math.abs(size.height - clue.viewport.height) <= 1;
      if (sameSize && frame.src && withoutHash(frame.src) === withoutHash(clue.url)) byAddress.push(chain);
    }
    return null;
  };
  return search(doc, []) ?? (byAddress.length === 1 ? byAddress[0]! : null);
}

/**
 * Where the innermost frame's viewport is in the outer document's viewport: its
 * origin, and the part of it that shows (cut by every frame around it), or null
 * when a frame of the chain has left the page.
 */
export function frameViewport(chain: readonly Element[]): { left: number; top: number; visible: ScreenBox } | null {
  let left = 0, top = 0;
  let visible: ScreenBox | null = null;
  for (const frame of chain) {
    if (!frame.isConnected) return null;
    const content = frameContentBox(frame);
    const box = { left: left + content.left, top: top + content.top, width: content.width, height: content.height };
    visible = visible ? intersect(visible, box) : box;
    left = box.left;
    top = box.top;
  }
  return visible ? { left, top, visible } : null;
}

/** The part two boxes share (zero size when apart). */
export function intersect(a: ScreenBox, b: ScreenBox): ScreenBox {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
