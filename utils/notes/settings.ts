/** The adviser's own notes settings, kept in the notes database's settings table. */
import type { NotesDatabase } from '../db/notes-db';

export interface NotesSettings {
  /** The adviser's shorter retention, if chosen. */
  retentionDays?: number;
  /** The retention the stored `expires` times were last computed with. */
  appliedRetentionDays?: number;
  /** Minutes without use before the lock closes again. */
  autoLockMinutes?: number;
}

export type SettingKey = keyof NotesSettings;

export async function readSetting<K extends SettingKey>(db: NotesDatabase, key: K): Promise<NotesSettings[K]> {
  return (await db.settings.get(key))?.value as NotesSettings[K];
}

export async function writeSetting<K extends SettingKey>(db: NotesDatabase, key: K, value: NotesSettings[K]): Promise<void> {
  if (value === undefined) await db.settings.delete(key);
  else await db.settings.put({ key, value });
}
