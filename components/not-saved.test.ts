// What the settings and the popup say when storage refuses a change: a full disk in plain
// words (what to do), anything else with the browser's words for IT; in all three languages.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectTranslated, loadMessages } from '../tests/unit/locale-messages';
import { notSavedText } from './not-saved';

beforeEach(() => {
  fakeBrowser.reset();
  const en = loadMessages('en');
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const subs = ([] as string[]).concat(substitutions ?? []);
    return (en[key]?.message ?? '').replace(/\$P(\d)\$/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
});

describe('notSavedText', () => {
  it('says the disk is full for Chromium’s and Firefox’s full-disk and quota errors, also as text from the background', () => {
    const full = "The computer's disk is full, so this change was not saved and everything stays as it was. Free some space, then try again.";
    expect(notSavedText(new Error('IO error: .../000004.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)'))).toBe(full);
    expect(notSavedText(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(full);
    expect(notSavedText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(full);
    expect(notSavedText('NS_ERROR_FILE_NO_DEVICE_SPACE')).toBe(full);
  });

  it('gives any other refusal with the browser’s words, for IT', () => {
    expect(notSavedText(new Error('IO error: .../LOCK: Permission denied'))).toBe(
      'The browser could not save this change, so everything stays as it was. Try again; if it keeps happening, tell your IT support: IO error: .../LOCK: Permission denied',
    );
  });

  for (const lang of ['en', 'sv', 'nb']) {
    it(`exists in ${lang}, translated, with the English placeholders`, () => expectTranslated(['storageFullNotSaved', 'storageNotSaved'], lang));
  }
});
