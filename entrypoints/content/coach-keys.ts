/**
 * The coach's keyboard commands. The same names are the manifest `commands`
 * (user-configurable in the browser); the default keys also work inside the page
 * where the browser has not claimed them.
 */
export type CoachCommand = 'toggle-card' | 'next-rewording' | 'toggle-why' | 'focus-follow-up' | 'toggle-coverage';

export const COACH_COMMANDS: readonly CoachCommand[] = ['toggle-card', 'next-rewording', 'toggle-why', 'focus-follow-up', 'toggle-coverage'];

/** Default keys, by `KeyboardEvent.code` with Alt+Shift (layout-independent). */
const DEFAULT_KEYS: Record<string, CoachCommand> = {
  KeyC: 'toggle-card',
  KeyN: 'next-rewording',
  KeyW: 'toggle-why',
  KeyF: 'focus-follow-up',
  KeyL: 'toggle-coverage',
};

export function coachKeyFor(event: KeyboardEvent): CoachCommand | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  return DEFAULT_KEYS[event.code];
}

export function isCoachCommand(name: string): name is CoachCommand {
  return (COACH_COMMANDS as readonly string[]).includes(name);
}
