// @vitest-environment happy-dom
// One language per screen: the simulated form is the session's screen, so in a Swedish or
// Norwegian session in an English interface (and the other way round) nothing on it is in
// the interface's language: not the pack's questions and options, and not the form's own
// words (a drop-down's "Choose"). The interface here answers every key with a marker, so any
// interface string on the form shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../rules/compile-pack';
import { loadPack } from '../../rules/load-pack';
import { localeFolder, translateFrom } from '../../utils/messages-in-language';
import { PROJECT_ROOT } from '../../tests/unit/locale-messages';
import { SimulatedForm } from './SimulatedForm';

const packOf = (file: string) => {
  const loaded = loadPack(readFileSync(join(PROJECT_ROOT, 'rules/packs', file), 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return compilePack(loaded.pack);
};
/** The work-focused pack's questions have six options at most (radio buttons): its first gets seven, a drop-down. */
const withDropDown = (pack: ReturnType<typeof packOf>) => ({
  ...pack,
  items: pack.items.map((item, i) => (i === 0 ? { ...item, options: Array.from({ length: 7 }, (_, n) => ({ en: `Option ${n}`, nb: `Valg ${n}` })) } : item)),
});
const messages = (language: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'public/_locales', localeFolder(language)!, 'messages.json'), 'utf8'));

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: string) => `«interface:${key}»`) as typeof fakeBrowser.i18n.getMessage;
});

/** Every text and every attribute a reader or screen reader meets on the form. */
function everythingSaid(root: Element): string[] {
  const said: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) said.push(attribute.value);
    for (const node of element.childNodes) if (node.nodeType === 3 && node.textContent!.trim()) said.push(node.textContent!);
  }
  return said;
}

describe('the simulated form speaks the session\'s language only', () => {
  const cases: [string, string, string][] = [
    ['social-assistance-initial-assessment.yaml', 'sv', '-- Välj --'],
    ['social-assistance-initial-assessment.yaml', 'en', '-- Choose --'],
    ['work-focused-interview.yaml', 'nb', '-- Velg --'],
    ['work-focused-interview.yaml', 'en', '-- Choose --'],
  ];
  for (const [file, language, choose] of cases) {
    it(`${file} in ${language}`, () => {
      const pack = file.startsWith('work') ? withDropDown(packOf(file)) : packOf(file);
      const root = document.body.appendChild(document.createElement('div'));
      render(<SimulatedForm pack={pack} language={language} words={translateFrom(messages(language))} onItemFocus={() => undefined} />, root);
      const form = root.querySelector('[data-testid=simulated-form]')!;
      expect(form.getAttribute('lang')).toBe(language);
      expect(everythingSaid(form).filter((text) => text.includes('«interface:'))).toEqual([]);
      const selects = [...form.querySelectorAll('select')];
      expect(selects.length).toBeGreaterThan(0);
      for (const select of selects) expect(select.options[0]!.textContent).toBe(choose);
      render(null, root);
      root.remove();
    });
  }
});
