/**
 * A default pack's content never changes under the same version: teams say which
 * version they run, a signature covers one version, and an installed copy is
 * replaced only by a newer one. Each version's content has its hash recorded in
 * rules/packs/content-hashes.json; a change without a new version fails here,
 * saying what to do. The hash is of the pack's data as YAML reads it (comments,
 * quoting, key order and line breaks do not count), leaving out `version` and
 * `changelog`, which a new version changes anyway.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_PACK_FILES } from './default-packs';
import { compareVersions } from './semver';

const RECORD = 'rules/packs/content-hashes.json';
const recorded = JSON.parse(readFileSync(new URL('./packs/content-hashes.json', import.meta.url), 'utf8')) as Record<string, Record<string, string>>;

/** JSON with every map's keys sorted, so the same data written in another order hashes the same. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));

/** The SHA-256 (hex) of a pack file's data but its `version` and `changelog`. */
function packContentHash(text: string): string {
  const { version: _version, changelog: _changelog, ...content } = parse(text) as Record<string, unknown>;
  return createHash('sha256').update(canonical(content)).digest('hex');
}

describe('default pack versions', () => {
  it('hash the data, not how it is written', () => {
    const text = DEFAULT_PACK_FILES[0]!.text;
    expect(packContentHash(`# a comment\n${text.replace(/^version: .*$/m, 'version: 9.9.9')}`)).toBe(packContentHash(text));
    expect(packContentHash(text.replace(/^(\s+en: )(.+)$/m, '$1$2 (changed)'))).not.toBe(packContentHash(text));
  });

  for (const file of DEFAULT_PACK_FILES) {
    const pack = parse(file.text) as { id: string; version: string; changelog?: { version: string }[] };
    it(`${file.fileName}: its content is the one recorded for version ${pack.version}, and the changelog says what changed in it`, () => {
      const hash = packContentHash(file.text);
      const versions = recorded[pack.id] ?? {};
      const known = versions[pack.version];
      const bump =
        `Raise \`version\` in rules/packs/${file.fileName} (semver: patch for a wording fix, minor for something added or a ` +
        `practice scenario's goals changed, major for an item, option or follow-up id removed or renamed), add a changelog ` +
        `entry for it, and record the new version in ${RECORD}: "${pack.id}": { …, "<new version>": "${hash}" }.`;
      expect(known, `${pack.id} ${pack.version} has no content hash recorded. If this version is new, record it in ${RECORD}: "${pack.version}": "${hash}".`).toBeDefined();
      expect(hash, `${pack.id}: the content changed, but the version is still ${pack.version} (its recorded hash is ${known}). ${bump}`).toBe(known);
      // No going back: the recorded versions before this one are older.
      const newest = Object.keys(versions).sort(compareVersions).at(-1);
      expect(newest, `${pack.id}: ${RECORD} records ${newest}, newer than the pack's ${pack.version}`).toBe(pack.version);
      expect(pack.changelog?.[0]?.version, `${pack.id}: the changelog's first entry should say what changed in ${pack.version}`).toBe(pack.version);
    });
  }
});
