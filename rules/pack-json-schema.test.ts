import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, packJsonSchemaText, practiceJsonSchema, practiceJsonSchemaText } from './pack-json-schema';

describe('pack.schema.json', () => {
  it('is up to date with the valibot schema (run `npm run pack:schema` after changing rules/pack-schema.ts)', () => {
    expect(readFileSync(new URL('./pack.schema.json', import.meta.url), 'utf8')).toBe(packJsonSchemaText());
  });

  it('describes the pack for editors: required fields, no unknown fields, the recursive condition', () => {
    const schema = packJsonSchema() as { required: string[]; additionalProperties: boolean; $defs: Record<string, { maxProperties?: number }> };
    expect(schema.required).toEqual(['id', 'version', 'title', 'languages', 'organisation', 'hosts', 'sections', 'items']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$defs.Condition?.maxProperties).toBe(1);
    expect(JSON.stringify(schema)).toContain('#/$defs/Condition');
  });
});

describe('practice.schema.json', () => {
  it('is up to date with the valibot schema (run `npm run pack:schema` after changing rules/pack-schema.ts)', () => {
    expect(readFileSync(new URL('./practice.schema.json', import.meta.url), 'utf8')).toBe(practiceJsonSchemaText());
  });

  it('describes a practice file: the pack it names, scenarios with persona, steps, variants and goals', () => {
    const schema = practiceJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['practice', 'scenarios']);
    const text = JSON.stringify(schema);
    for (const goal of ['ask-open', 'explain-why-first', 'acknowledge', 'explicit-invitation', 'reflect-before-next', 'safe-setting-first']) expect(text).toContain(`"${goal}"`);
    for (const field of ['persona', 'interpreter', 'wants', 'steps', 'disclosure', 'variants', 'debrief']) expect(text).toContain(`"${field}"`);
  });

  it('covers scenarios inside a pack too', () => {
    const pack = packJsonSchema() as { properties: { scenarios: unknown } };
    expect(JSON.stringify(pack.properties.scenarios)).toContain('"family-member"');
  });
});
