// @vitest-environment happy-dom
// The popup's list of questions no pack item matches: real plurals in each interface
// language, every key translated, and a copy the browser refuses still leaves the text
// in reach of the keyboard (shown, selected, focused).
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expectTranslated, loadMessages } from '../../tests/unit/locale-messages';
import { translateFrom } from '../../utils/messages-in-language';
import type { TabUnmatched } from '../../utils/messages';
import { UnmatchedQuestions } from './UnmatchedQuestions';

const KEYS = [
  'popupUnmatchedHeading', 'popupUnmatchedCount_one', 'popupUnmatchedCount_other', 'popupUnmatchedFirst_one', 'popupUnmatchedFirst_other',
  'popupUnmatchedNone', 'popupUnmatchedNearest', 'popupUnmatchedCopy', 'popupUnmatchedCopied', 'popupUnmatchedCopyFailed', 'popupUnmatchedAsText',
  'questionKindText', 'questionKindTextarea', 'questionKindNumber', 'questionKindDate', 'questionKindSelect', 'questionKindCombobox',
  'questionKindRadioGroup', 'questionKindCheckbox', 'questionKindCheckboxGroup', 'questionKindSwitch', 'questionKindToggleButtons',
];

function speak(language: string) {
  const translate = translateFrom(loadMessages(language));
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    key === 'interfaceLanguage' ? language : translate(key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
}

const one: TabUnmatched = { packId: 'p', total: 1, questions: [{ label: 'Har någon hotat dig?', kind: 'radio-group', options: ['Ja', 'Nej'] }] };
const many: TabUnmatched = { ...one, total: 73, questions: Array.from({ length: 50 }, (_, i) => ({ label: `Q${i}`, kind: 'text' as const, options: [] })) };

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = (unmatched: TabUnmatched) => render(<UnmatchedQuestions unmatched={unmatched} question={(id) => id} />, root);
const count = () => root.querySelector('[data-testid=unmatched-count]')?.textContent;

describe('questions on the page that no pack item matches, in the popup', () => {
  it('is worded in every interface language', () => {
    for (const language of ['en', 'sv', 'nb']) expectTranslated(KEYS, language);
  });

  it('counts with real plurals in English, Swedish and Norwegian', () => {
    const expected: Record<string, [string, string]> = {
      en: ['One field looks like a question, and no question of the pack matches it.', '73 fields look like questions, and no question of the pack matches them. The first 50 are listed.'],
      sv: ['Ett fält ser ut som en fråga, men ingen fråga i paketet motsvarar det.', '73 fält ser ut som frågor, men ingen fråga i paketet motsvarar dem. De första 50 visas.'],
      nb: ['Ett felt ser ut som et spørsmål, men ingen spørsmål i pakken svarer til det.', '73 felt ser ut som spørsmål, men ingen spørsmål i pakken svarer til dem. De første 50 vises.'],
    };
    for (const [language, [single, plural]] of Object.entries(expected)) {
      speak(language);
      show(one);
      expect(count()).toBe(single);
      show(many);
      expect(count()).toBe(plural);
    }
  });

  it('shows the text selected in a field when the browser refuses to copy', async () => {
    speak('en');
    const writeText = vi.fn(() => Promise.reject(new Error('not allowed')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    show(one);
    (root.querySelector('[data-testid=unmatched-copy]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid=unmatched-text]')).not.toBeNull());
    const text = root.querySelector('[data-testid=unmatched-text]') as HTMLTextAreaElement;
    expect(text.value).toBe('Har någon hotat dig? — radio buttons — Ja / Nej');
    expect(writeText).toHaveBeenCalledWith(text.value);
    expect(document.activeElement).toBe(text);
    expect(root.querySelector('[data-testid=unmatched-copy-status]')?.textContent).toBe('Could not copy. The text is below, selected: copy it with Ctrl+C.');
  });
});
