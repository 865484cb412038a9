// Which keys the browser takes and which the page keeps: a key suggested in the
// manifest is claimed by the browser before the page sees it, so the case
// system's own shortcut on it never fires. Only the notes key is suggested
// (opening the side panel needs a browser command); every card key is heard in
// the page, where it is passed on to the page's listeners.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { COACH_COMMANDS, coachKeyFor } from './coach-keys';

type Commands = Record<string, { suggested_key?: { default?: string }; description?: string }>;

async function manifestCommands(browser: 'chrome' | 'firefox'): Promise<Commands> {
  const manifest = config.manifest as (env: { browser: string; mode: string; manifestVersion: number; command: string }) => unknown;
  const built = (await manifest({ browser, mode: 'production', manifestVersion: 3, command: 'build' })) as { commands?: Commands };
  return built.commands ?? {};
}

const suggested = (commands: Commands) =>
  Object.fromEntries(Object.entries(commands).flatMap(([name, command]) => (command.suggested_key ? [[name, command.suggested_key.default]] : [])));

/** A trusted-looking Alt+Shift key press, as coachKeyFor reads it. */
const altShift = (code: string) => ({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code }) as KeyboardEvent;

describe('keyboard commands', () => {
  it.each(['chrome', 'firefox'] as const)('suggests one browser-wide key in %s: Alt+Shift+M for the notes', async (browser) => {
    expect(suggested(await manifestCommands(browser))).toEqual({ 'notes-focus': 'Alt+Shift+M' });
  });

  it('declares every card command (so a browser-wide key can be set by hand) without claiming a key', async () => {
    const commands = await manifestCommands('chrome');
    for (const name of COACH_COMMANDS) {
      expect(commands[name], name).toBeDefined();
      expect(commands[name]?.suggested_key, name).toBeUndefined();
    }
  });

  it('hears each card key in the page instead', () => {
    expect(['KeyC', 'KeyN', 'KeyW', 'KeyF', 'KeyL'].map((code) => coachKeyFor(altShift(code)))).toEqual([
      'toggle-card',
      'next-rewording',
      'toggle-why',
      'focus-follow-up',
      'toggle-coverage',
    ]);
    // The notes key is the browser's: the page (and the coach in it) never sees it.
    expect(coachKeyFor(altShift('KeyM'))).toBeUndefined();
    expect(coachKeyFor({ ...altShift('KeyC'), ctrlKey: true } as KeyboardEvent)).toBeUndefined();
  });
});
