// @vitest-environment happy-dom
// One language per screen: the settings show the interface strings' language (here English,
// in a German browser that has no German strings), so pack titles and language names must
// be in English too, not in the browser's German.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { summaryOf } from '../../rules/pack-store';
import { compiledPack } from '../../rules/test-packs';
import { PROJECT_ROOT } from '../../tests/unit/locale-messages';
import { InstalledPack, packTitle } from './InstalledPack';

const pack = { ...compiledPack('example.housing'), title: { sv: 'Boende', en: 'Housing', de: 'Wohnen' }, languages: ['sv', 'en', 'de'] };

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getUILanguage = () => 'de-DE';
  fakeBrowser.i18n.getMessage = ((key: string) => (key === 'interfaceLanguage' ? 'en' : key)) as typeof fakeBrowser.i18n.getMessage;
});

describe('an installed pack in a browser whose language has no interface strings', () => {
  it('names the pack and its languages in the interface language', () => {
    const root = document.body.appendChild(document.createElement('div'));
    const noop = () => undefined;
    render(
      <InstalledPack
        pack={summaryOf(pack)}
        provenance={{ source: 'file', signature: { state: 'unsigned' }, installedAt: 0 }}
        enabled
        locked={false}
        onRollBack={noop}
        onRemove={noop}
        onToggle={() => Promise.resolve(true)}
        onStatus={noop}
      />,
      root,
    );
    expect(root.querySelector('[data-testid="pack-title"]')!.textContent).toBe('Housing');
    expect(root.textContent).toContain('Swedish, English, German');
    expect(root.textContent).not.toMatch(/Schwedisch|Englisch|Wohnen/);
    expect(packTitle(pack)).toBe('Housing');
  });
});

describe('the interface language', () => {
  it('is read in one place: no page, card or background picks a language from the browser’s own', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
      });
    const readers = ['entrypoints', 'components', 'utils', 'rules']
      .flatMap((dir) => files(join(PROJECT_ROOT, dir)))
      .filter((path) => readFileSync(path, 'utf8').includes('getUILanguage'))
      .map((path) => relative(PROJECT_ROOT, path));
    expect(readers).toEqual(['utils/i18n.ts']);
  });
});
