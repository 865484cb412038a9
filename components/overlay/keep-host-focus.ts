/**
 * Clicking a button in the overlay must not take focus from the host field the
 * adviser is typing in: cancel the focus move that a mousedown would cause.
 */
export function keepHostFocus(event: MouseEvent): void {
  event.preventDefault();
}
