/** Adviser notes as the interface and the note operations see them: always plain text. */

export type LocalizedTitle = Record<string, string>;

/** The pack item (question) a note is about, with its title for display. */
export interface ItemLink {
  packId: string;
  itemId: string;
  title: LocalizedTitle;
}

export interface Note {
  id: string;
  /** Which case (HMAC key) or interview session the note is filed under. */
  caseKey: string;
  text: string;
  tags: string[];
  link?: ItemLink;
  pinned: boolean;
  created: number;
  updated: number;
  expires: number;
}

/** The parts of a note the lock encrypts together. */
export interface NoteContent {
  text: string;
  tags: string[];
  link?: ItemLink;
}

export interface Draft {
  caseKey: string;
  text: string;
  linkToItem: boolean;
  updated: number;
}

/** Thrown on a write while the organisation requires a passphrase lock that the adviser has not set yet. */
export class PassphraseRequiredError extends Error {
  constructor() {
    super('The organisation requires a passphrase before notes are stored');
    this.name = 'PassphraseRequiredError';
  }
}

/** Raised when an operation needs the passphrase and the notes are locked. */
export class NotesLockedError extends Error {
  constructor() {
    super('Notes are locked');
    this.name = 'NotesLockedError';
  }
}
