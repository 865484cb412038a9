import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack';
import type { RulePack } from './pack-schema';
import { describeCondition, escapeHtml, renderPreviewSheet } from './preview-sheet';

function load(path: string): RulePack {
  const result = loadPack(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('invalid');
  return result.pack;
}

describe('renderPreviewSheet', () => {
  const pack = load('./packs/social-assistance-initial-assessment.yaml');
  const sheet = renderPreviewSheet(pack);

  it('lists every item with its rewordings, reasons and follow-ups in both languages', () => {
    for (const item of pack.items) expect(sheet).toContain(`<code>${item.id}</code>`);
    expect(sheet).toContain('What has been weighing on you recently?');
    expect(sheet).toContain('Vad har känts tungt för dig på sistone?');
    expect(sheet).toContain('Why we ask');
    expect(sheet).toMatch(/Critical<\/span> <code>suicide-risk<\/code> when the answer mentions \[suicide\] or \[self-harm\]/);
    expect(sheet).toContain('Example: confirm for your area');
  });

  it('shows the pre-checks, what to say first, direct and fact wordings, and follow-up summaries for review', () => {
    expect(sheet).toContain('Checked before these questions');
    expect(sheet).toContain('Is the client on their own, with no partner or relative in the room or listening in (also on the phone)?');
    expect(sheet).toMatch(/<h4>Say first<\/h4><p lang="en"><span class="lang">en<\/span> I ask everyone these questions/);
    expect(sheet).toMatch(/Asked directly, on purpose<\/span><p lang="en"><span class="lang">en<\/span> Has a partner, or anyone you live with, hit you/);
    expect(sheet).toContain('Asks for a fact');
    expect(sheet).toMatch(/<strong>Summary:<\/strong> <span lang="en"><span class="lang">en<\/span> Possible suicide risk/);
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(sheet).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/);
  });

  it('keeps pack text inert: markup in text is escaped', () => {
    const hostile = structuredClone(pack);
    hostile.title = '<img src=x onerror=alert(1)>';
    hostile.items[0]!.rewordings[0]!.text = { en: '</article><script>alert(1)</script>', sv: '"><b>x</b>' };
    const out = renderPreviewSheet(hostile, [{ severity: 'warning', path: ['items', 0], message: '<i>warn</i>' }]);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>x</b>');
    expect(out).not.toContain('<i>warn</i>');
    expect(out).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('shows lint warnings and missing translations for the reviewers', () => {
    const partial = structuredClone(pack);
    partial.items[0]!.question = { en: 'Household composition' };
    const out = renderPreviewSheet(partial, [{ severity: 'warning', path: ['items', 0, 'question'], message: 'no text in sv' }]);
    expect(out).toContain('Linter warnings (1)');
    expect(out).toContain('items[0].question: no text in sv');
    expect(out).toContain('(no translation)');
  });
});

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;'));
});

describe('describeCondition', () => {
  it.each([
    [{ answered: true as const }, 'any answer is given'],
    [{ option: 'Yes' }, 'the option chosen is "Yes"'],
    [{ optionIn: ['No', { en: 'Sometimes', sv: 'Ibland' }] }, 'the option chosen is one of "No", "Sometimes" / "Ibland"'],
    [{ number: { min: 1, max: 2 } }, 'the number is from 1 to 2'],
    [{ number: { max: 2 } }, 'the number is 2 or less'],
    [{ anyOf: [{ option: 'Yes' }, { text: ['help'] }] }, 'any of: (the option chosen is "Yes") or (the answer mentions any of "help")'],
  ])('%j', (condition, expected) => expect(describeCondition(condition)).toBe(expected));
});
