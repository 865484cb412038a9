import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema, packJsonSchemaText } from './pack-json-schema';

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
