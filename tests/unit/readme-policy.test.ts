/**
 * The README's policy table for IT documents every key the extension declares
 * in public/managed_schema.json, so a new policy setting cannot ship
 * undocumented. (The reverse is left to review: the README's IT section was
 * written alongside the branch that adds most of the keys.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed_schema.json'), 'utf8')) as { properties: Record<string, { title?: string }> };

/** Rows of the table that follows "| policy key |" in the IT section. */
function documentedKeys(): string[] {
  const start = readme.indexOf('| policy key |');
  expect(start, 'the README has a policy table starting with "| policy key |"').toBeGreaterThan(-1);
  const keys: string[] = [];
  for (const line of readme.slice(start).split('\n').slice(2)) {
    const match = /^\| `([^`]+)` \|/.exec(line);
    if (!match?.[1]) break;
    keys.push(match[1]);
  }
  return keys;
}

describe('README, Deploying to an organisation', () => {
  it('documents every managed policy key', () => {
    const declared = Object.keys(schema.properties);
    expect(declared.length).toBeGreaterThan(0);
    const documented = documentedKeys();
    const missing = declared.filter((key) => !documented.includes(key));
    expect(missing, `add rows for these keys to the README's policy table: ${missing.join(', ')}`).toEqual([]);
    expect(documented.length).toBeGreaterThanOrEqual(declared.length);
  });
});
