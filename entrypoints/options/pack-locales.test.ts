// Every pack-manager and policy string the options page (and the popup) uses exists in English,
// Swedish and Norwegian Bokmål with the same placeholders, and every refusal code
// has its plain-words cause in all three.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectTranslated, PROJECT_ROOT as ROOT } from '../../tests/unit/locale-messages';

/** Literal keys in the options page, and the keys built from a refusal code, a source or a subscribe problem. */
function keysInCode(): string[] {
  const keys = new Set<string>();
  for (const [dir, file] of ['entrypoints/options', 'components/policy', 'components/popup'].flatMap((dir) => readdirSync(join(ROOT, dir)).map((file) => [dir, file] as const))) {
    if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
    const source = readFileSync(join(ROOT, dir, file), 'utf8');
    for (const match of source.matchAll(/\bt\('((?:packs|policy|popup)[A-Za-z_]+)'|'((?:packs|policy)[A-Z][A-Za-z]+)'/g)) keys.add((match[1] ?? match[2])!);
    // A plural message is stored per form: key_one, key_other.
    for (const match of source.matchAll(/\btCount\('((?:packs|policy|popup)[A-Za-z_]+)'/g)) {
      keys.delete(match[1]!);
      keys.add(`${match[1]}_one`).add(`${match[1]}_other`);
    }
  }
  const refusal = readFileSync(join(ROOT, 'rules/pack-refusal.ts'), 'utf8');
  for (const match of refusal.matchAll(/^\s+\| '([a-z-]+)'/gm)) keys.add(`packRefusal_${match[1]!.replaceAll('-', '_')}`);
  for (const source of ['builtin', 'file', 'url', 'policy']) keys.add(`packsSource_${source}`);
  for (const problem of ['url', 'signature_url', 'exists']) keys.add(`packsSubscribeProblem_${problem}`);
  for (const problem of ['unreadable', 'private', 'no_key_id']) keys.add(`packsKeyProblem_${problem}`);
  return [...keys].sort();
}

describe('pack manager and policy strings', () => {
  const keys = keysInCode();

  it('finds the refusal codes', () => {
    expect(keys).toContain('packRefusal_untrusted_key');
    expect(keys).toContain('packRefusal_timeout');
    expect(keys).toContain('policySitesAllow');
    expect(keys).toContain('packsWait_added_questions_other');
    expect(keys).toContain('popupUpdateReady');
  });

  for (const lang of ['en', 'sv', 'nb']) {
    it(`exist in ${lang} with the English placeholders, translated`, () => expectTranslated(keys, lang));
  }
});
