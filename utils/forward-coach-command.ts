/** Keyboard commands arrive in the background; the coach runs in the tab's content script. */
import { browser } from 'wxt/browser';
import { isCoachCommand } from '../entrypoints/content/coach-keys';
import type { Request } from './messages';

export async function forwardCoachCommand(command: string, tabId: number | undefined): Promise<void> {
  if (!isCoachCommand(command)) return;
  const active = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (active === undefined) return;
  const data: Request<'coach:command'> = { command };
  // Every frame's coach hears it; only the one whose document has focus acts.
  // A tab without our content script just rejects.
  await browser.tabs.sendMessage(active, { type: 'coach:command', data }).catch(() => undefined);
}
