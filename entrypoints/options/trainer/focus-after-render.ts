/**
 * Moving the focus to an element the trainer's change puts on screen (a new step, the
 * Undo beside the status, the Edit button of a scenario just saved), in the same render
 * that shows it: a layout effect, run before the browser hands the next key to anyone.
 * A timer run a task later left a gap in which the focus was on nothing (the control that
 * had it was gone) and a key pressed went to the page.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Ask for the focus to go to the element with id `id` once the render of the changes made with this call is on screen. */
export type FocusRequest = (id: string) => void;

/**
 * For the component whose state the trainer's changes live in: returns the request
 * function. The request is served by the layout effect of the first render of this
 * component that has a focusable element with the id: normally the very render that
 * draws the changes made together with it (Preact batches them), later when what it
 * waits for arrives later (the form of a pack still being read). A newer request
 * replaces it, and it is dropped once the trainer has put the focus somewhere
 * themselves, so it never takes the focus from where they went meanwhile.
 */
export function useFocusAfterRender(): FocusRequest {
  const wanted = useRef<{ id: string; from: Element | null } | null>(null);
  const [, setAsked] = useState(0);
  useLayoutEffect(() => {
    const request = wanted.current;
    if (request === null) return;
    const target = document.getElementById(request.id);
    if (target && !target.matches(':disabled')) {
      wanted.current = null;
      target.focus();
      return;
    }
    const now = document.activeElement;
    if (now !== request.from && now !== null && now !== document.body) wanted.current = null;
  });
  return useCallback((id: string) => {
    wanted.current = { id, from: document.activeElement };
    // A render even when nothing else changes (the target is already on screen).
    setAsked((n) => n + 1);
  }, []);
}
