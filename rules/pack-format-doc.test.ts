/**
 * docs/pack-format.md cannot drift from the schema: every field the schema
 * knows has a row in the doc's field tables, every row names a field the
 * schema knows, and each row agrees with the schema on whether the field is
 * required, its default and its allowed values, and gives an example. The
 * doc's example packs must validate, and its limits table must match
 * PACK_LIMITS. When a field is added, the failure prints the row to fill in.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPack } from './lint-pack';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import { packJsonSchema } from './pack-json-schema';
import { PACK_LIMITS } from './pack-limits';
import { verifyPackSignature } from './pack-signature';
import { generatePackSigningKeys, signPack } from './sign-pack';

const DOC_PATH = resolve(import.meta.dirname, '../docs/pack-format.md');
const doc = readFileSync(DOC_PATH, 'utf8');

interface SchemaField {
  required: boolean;
  description?: string;
  default?: unknown;
  values: unknown[];
}

type JsonSchema = {
  $ref?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
};

/**
 * Every field of the pack format by its documented name: `items[].rewordings[].text`.
 * A named definition with fields of its own (the recursive condition) is
 * documented once, as `Condition.answered`, wherever it is used.
 */
function schemaFields(): Map<string, SchemaField> {
  const root = packJsonSchema() as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const defs = root.$defs ?? {};
  const fields = new Map<string, SchemaField>();
  const walkedDefs = new Set<string>();

  function enumValues(node: JsonSchema | undefined): unknown[] {
    if (!node) return [];
    if (node.enum) return node.enum;
    return [...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap(enumValues);
  }

  function walk(node: JsonSchema | undefined, path: string): void {
    if (!node) return;
    if (node.$ref) {
      const name = node.$ref.split('/').pop() ?? '';
      const def = defs[name];
      if (def?.properties && !walkedDefs.has(name)) {
        walkedDefs.add(name);
        walk(def, name);
      }
      return;
    }
    for (const alternative of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) walk(alternative, path);
    if (node.items) walk(node.items, `${path}[]`);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const name = path === '' ? key : `${path}.${key}`;
      const description = child.description ?? (child.$ref ? defs[child.$ref.split('/').pop() ?? '']?.description : undefined);
      fields.set(name, {
        required: node.required?.includes(key) ?? false,
        ...(description !== undefined && { description }),
        ...(child.default !== undefined && { default: child.default }),
        values: child.const !== undefined ? [child.const] : enumValues(child),
      });
      walk(child, name);
    }
  }
  walk(root, '');
  return fields;
}

interface DocRow {
  required: string;
  meaning: string;
  example: string;
  line: string;
}

/** Rows of the field tables: `| \`field\` | yes/no … | meaning | example |`. */
function documentedFields(): Map<string, DocRow> {
  const rows = new Map<string, DocRow>();
  for (const line of doc.split('\n')) {
    const match = /^\| `([^`]+)` \| (yes|no)\b[^|]* \| (.*) \| (.*) \|$/.exec(line);
    if (!match) continue;
    const [, name = '', required = '', meaning = '', example = ''] = match;
    if (rows.has(name)) throw new Error(`docs/pack-format.md documents ${name} twice`);
    rows.set(name, { required, meaning, example, line });
  }
  return rows;
}

const fields = schemaFields();
const rows = documentedFields();
const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

describe('docs/pack-format.md against the pack schema', () => {
  it('finds the schema fields and the doc rows at all (the checker itself works)', () => {
    expect(fields.size).toBeGreaterThan(60);
    expect(fields.get('items[].rewordings[].text')).toMatchObject({ required: true });
    expect(fields.get('items[].sensitivity')).toMatchObject({ required: false, default: 'none', values: ['none', 'personal', 'sensitive', 'safety-critical'] });
    expect(fields.get('Condition.anyOf')).toMatchObject({ required: false });
    expect(rows.size).toBeGreaterThan(60);
  });

  it('documents every field of the schema', () => {
    const missing = [...fields].filter(([name]) => !rows.has(name));
    const skeleton = missing.map(([name, f]) => `| \`${name}\` | ${f.required ? 'yes' : 'no'} | ${f.description ?? 'MEANING'} | EXAMPLE |`);
    expect(skeleton, `add these rows to docs/pack-format.md, in the table of their object:\n${skeleton.join('\n')}\n`).toEqual([]);
  });

  it('names no field the schema lacks', () => {
    expect([...rows.keys()].filter((name) => !fields.has(name))).toEqual([]);
  });

  it('says "yes" for exactly the required fields', () => {
    const wrong = [...rows].filter(([name, row]) => fields.has(name) && (row.required === 'yes') !== fields.get(name)?.required).map(([name]) => name);
    expect(wrong).toEqual([]);
  });

  it('states each default and every allowed value', () => {
    const problems: string[] = [];
    for (const [name, row] of rows) {
      const field = fields.get(name);
      if (!field) continue;
      const isScalar = ['string', 'number', 'boolean'].includes(typeof field.default);
      if (isScalar && !row.line.includes(`default ${code(field.default)}`)) problems.push(`${name}: say "default ${code(field.default)}"`);
      for (const value of field.values) if (!row.line.includes(code(value))) problems.push(`${name}: mention the value ${code(value)}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every field a meaning and an example', () => {
    const bare = [...rows].filter(([, row]) => row.meaning.trim().length < 10 || !/`[^`]+`/.test(row.example)).map(([name]) => name);
    expect(bare).toEqual([]);
  });
});

describe('docs/pack-format.md examples and limits', () => {
  /** ```yaml blocks whose first line is `# example pack…`: complete packs a supervisor may copy. */
  const examplePacks = [...doc.matchAll(/```yaml\n(# example pack[^\n]*\n[\s\S]*?)```/g)].map((m) => m[1] ?? '');

  it('has example packs that validate and lint clean', () => {
    expect(examplePacks.length).toBeGreaterThanOrEqual(1);
    for (const text of examplePacks) {
      const loaded = loadPack(text, { format: 'yaml' });
      expect(loaded.ok ? [] : loaded.errors.map(formatIssue)).toEqual([]);
      if (loaded.ok) expect(lintPack(loaded.pack).map(formatIssue)).toEqual([]);
    }
  });

  it('lists every limit with its value', () => {
    const problems = Object.entries(PACK_LIMITS)
      .filter(([name, value]) => !new RegExp(`^\\| \`${name}\` \\| ${value.toLocaleString('en-GB').replace(/,/g, ',?')} \\|`, 'm').test(doc))
      .map(([name, value]) => `| \`${name}\` | ${value} | …`);
    expect(problems).toEqual([]);
  });
});

describe('docs/pack-format.md signing snippets for other tools', () => {
  // Inside the project so the snippet's `import 'jose'` resolves as it would after `npm install jose`.
  const cache = resolve(import.meta.dirname, '../node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'doc-snippets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = promisify(execFile);

  function snippet(name: string): string {
    const found = new RegExp(`\`\`\`js\n(// ${name.replace('.', '\\.')}[\\s\\S]*?)\`\`\``).exec(doc);
    if (!found?.[1]) throw new Error(`docs/pack-format.md has no js block starting with // ${name}`);
    const file = join(dir, name);
    writeFileSync(file, found[1]);
    return file;
  }

  async function node(...args: string[]): Promise<{ code: number; stdout: string }> {
    try {
      return { code: 0, stdout: (await run(process.execPath, args, { cwd: dir })).stdout };
    } catch (error) {
      return { code: (error as { code: number }).code, stdout: (error as { stdout: string }).stdout };
    }
  }

  const PACK = { id: 'example.minimal', version: '0.1.0' };
  const packText = readFileSync(resolve(import.meta.dirname, 'fixtures/minimal-pack.yaml'), 'utf8');

  it('signs with plain jose as shown, and the extension accepts it', async () => {
    const keys = await generatePackSigningKeys('outside');
    const packFile = join(dir, 'pack.yaml');
    const keyFile = join(dir, 'outside.private.jwk.json');
    writeFileSync(packFile, packText);
    writeFileSync(keyFile, JSON.stringify(keys.privateJwk));
    expect((await node(snippet('sign-with-jose.mjs'), packFile, keyFile, PACK.id, PACK.version)).code).toBe(0);
    const signature = readFileSync(`${packFile}.sig`, 'utf8');
    const trusted = [{ keyId: 'outside', publicKey: keys.publicJwk }];
    expect(await verifyPackSignature(new TextEncoder().encode(packText), signature, trusted, PACK)).toEqual({ ok: true, keyId: 'outside' });
  });

  it('verifies with Node alone as shown: our signature passes, a changed file fails', async () => {
    const keys = await generatePackSigningKeys('ours');
    const packFile = join(dir, 'ours.yaml');
    const sigFile = join(dir, 'ours.yaml.sig');
    const keyFile = join(dir, 'ours.public.jwk.json');
    writeFileSync(packFile, packText);
    writeFileSync(sigFile, `${await signPack(new TextEncoder().encode(packText), keys.privateJwk, PACK)}\n`);
    writeFileSync(keyFile, JSON.stringify(keys.publicJwk));
    const verifier = snippet('verify-with-node.mjs');
    const good = await node(verifier, packFile, sigFile, keyFile);
    expect(good).toEqual({ code: 0, stdout: 'signature valid: key ours, pack example.minimal 0.1.0\n' });
    writeFileSync(packFile, packText.replace('Minimal', 'Minimai'));
    expect((await node(verifier, packFile, sigFile, keyFile)).code).toBe(1);
  });
});
