import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { interfaceLanguage, tCount, textDirection } from './i18n';

const MESSAGES: Record<string, string> = {
  coachCoverageRemaining_one: '1 obligatorisk fråga kvar',
  coachCoverageRemaining_other: '$1 obligatoriska frågor kvar',
};

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'sv';
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
    const subs = ([] as string[]).concat(substitutions ?? []);
    return (MESSAGES[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
});

describe('tCount', () => {
  it('picks the form by the interface language\'s plural rules', () => {
    expect(tCount('coachCoverageRemaining', 1)).toBe('1 obligatorisk fråga kvar');
    expect(tCount('coachCoverageRemaining', 0)).toBe('0 obligatoriska frågor kvar');
    expect(tCount('coachCoverageRemaining', 21)).toBe('21 obligatoriska frågor kvar');
  });
});

describe('interfaceLanguage', () => {
  it('is the language of the strings shown, not the browser\'s when the two differ', () => {
    fakeBrowser.i18n.getUILanguage = () => 'de';
    MESSAGES.interfaceLanguage = 'sv';
    expect(interfaceLanguage()).toBe('sv');
    delete MESSAGES.interfaceLanguage;
    expect(interfaceLanguage()).toBe('de');
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu; left to right for the pack languages', () => {
    for (const language of ['ar', 'he', 'fa-IR', 'ur']) expect(textDirection(language)).toBe('rtl');
    for (const language of ['en', 'sv', 'nb', 'en-GB']) expect(textDirection(language)).toBe('ltr');
  });
});
