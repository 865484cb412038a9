/**
 * Classic rich-text editors in the host form (utils/dom/stand-in-editor.ts): the adviser
 * types in an editable frame or element shown in place of a hidden, labelled field, and
 * the page may copy the text into the field only when the form is sent. Here a stand-in
 * counts as a control of its field's match (its card shows when the adviser moves in, and
 * is placed by the stand-in's box); the text typed there is the field's answer; and what
 * happens inside an editor's frame (typing, leaving it, the coach's keys), whose events
 * never reach this document, is heard in the frame itself. Only reads: listeners, no writes.
 */
import type { ControlMatch } from '../../utils/dom/field-detector';
import { fieldOfStandIn, standInAt, standInOf, standInText } from '../../utils/dom/stand-in-editor';
import { onPageEvent } from '../../utils/dom/page-events';
import type { FieldSource } from './coach-context';

/** What the coach does with events inside an editor's frame. */
export interface StandInHearing {
  /** The adviser typed in the stand-in of this field (read after the typing pause). */
  typed(match: ControlMatch): void;
  /** The adviser left it: read it now. */
  left(match: ControlMatch): void;
  /** A key pressed in it (the coach's keys, Escape). */
  key(event: KeyboardEvent): void;
  /**
   * The focus left the editor's frame. Where it went may be told by nothing else: a move from
   * one frame into another fires no focus event in this document.
   */
  leftFrame(): void;
}

export interface StandIns {
  /** `fields`, with each stand-in (and anything inside one) a control of its hidden field's match. */
  fields: FieldSource;
  /** The text typed in the field's stand-in now; undefined when the field has none. */
  typedText(match: ControlMatch): string | undefined;
  /** What to measure for the field's box: its stand-in in place of a hidden control. */
  shownControls(match: ControlMatch): readonly Element[];
  /** Who hears what happens inside editors' frames (set once by the coach's parts). */
  hear(part: Partial<StandInHearing>): void;
  stop(): void;
}

export function trackStandIns(source: FieldSource, signal: AbortSignal): StandIns {
  /** The stand-in last seen for each item, held weakly: a rebuilt editor's old frame is not kept. */
  const seen = new Map<string, WeakRef<Element>>();
  /** The frames' windows heard already. */
  const heardIn = new WeakSet<Window>();
  const hearing: StandInHearing = { typed: () => {}, left: () => {}, key: () => {}, leftFrame: () => {} };
  /** Ties worked out since the found fields last changed (a hover over an editor asks again and again). */
  let ties = new WeakMap<Element, ControlMatch | null>();
  const stopFollowing = source.onChange(() => (ties = new WeakMap()));

  function tie(editor: Element): ControlMatch | null {
    const known = ties.get(editor);
    if (known !== undefined && (known === null || known.control.isConnected)) return known;
    // Laid over its field's place: only found text fields can be that field.
    const laidOver = source.matches().flatMap((m) => (m.control.localName === 'textarea' || m.control.localName === 'input' ? [m.control] : []));
    const field = fieldOfStandIn(editor, laidOver);
    const match = (field && source.matchForControl(field)) ?? null;
    ties.set(editor, match);
    return match;
  }

  function remember(match: ControlMatch, editor: Element) {
    seen.set(match.itemId, new WeakRef(editor));
    if (editor.localName === 'iframe' || editor.localName === 'frame') listenIn(editor as HTMLIFrameElement, match.itemId);
  }

  /** Hear typing, leaving and keys inside the editor's frame (its events stay in its own window). */
  function listenIn(frame: HTMLIFrameElement, itemId: string) {
    let view: Window | null = null;
    try {
      view = frame.contentWindow;
    } catch {
      return;
    }
    if (!view || heardIn.has(view)) return;
    heardIn.add(view);
    // The field is looked up at each event: the page may have re-rendered it since.
    const field = () => source.matchForItem(itemId);
    onPageEvent(view, 'input', () => {
      const match = field();
      if (match) hearing.typed(match);
    }, { signal, untrusted: true });
    onPageEvent(view, 'focusout', () => {
      const match = field();
      if (match) hearing.left(match);
    }, { signal, untrusted: true });
    view.addEventListener('blur', (event) => {
      if (event.isTrusted && event.target === view) hearing.leftFrame();
    }, { signal });
    // Heard here even where a coach runs in the frame too: one in a frame the page rewrote
    // (document.open) hears nothing, and this document runs no key a frame's coach forwards
    // from a stand-in (frame-card-host.ts).
    onPageEvent(view, 'keydown', (event) => hearing.key(event), { signal });
  }

  /**
   * The stand-in of `match`'s field now: the one last seen, else looked for (an editor rebuilds
   * its frame). A field none was seen for is looked at only when `unseenToo` (placing the card:
   * one or two fields), not at every reading of every field.
   */
  function standInFor(match: ControlMatch, unseenToo = false): Element | null {
    const last = seen.get(match.itemId)?.deref();
    if (last?.isConnected && standInAt(last) === last) return last;
    if (!last && !unseenToo) return null;
    const now = standInOf(match.control);
    if (now) remember(match, now);
    return now;
  }

  const fields: FieldSource = {
    ...source,
    matchForControl(element) {
      const found = source.matchForControl(element);
      if (found) return found;
      const editor = standInAt(element);
      const match = editor ? tie(editor) : null;
      if (!editor || !match) return undefined;
      remember(match, editor);
      return match;
    },
  };

  return {
    fields,
    typedText(match) {
      const editor = standInFor(match);
      return editor ? standInText(editor) : undefined;
    },
    shownControls(match) {
      const controls = match.controls.length ? match.controls : [match.control];
      const editor = standInFor(match, true);
      return editor ? controls.map((control) => (control === match.control ? editor : control)) : controls;
    },
    hear(part) {
      Object.assign(hearing, part);
    },
    stop() {
      stopFollowing();
      seen.clear();
    },
  };
}
