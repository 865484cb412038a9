/**
 * The JSON Schemas for pack files and practice files, derived from the valibot
 * schemas so they cannot drift. Written to rules/pack.schema.json and
 * rules/practice.schema.json by `npm run pack:schema`
 * (a test fails when the committed file is stale). Editors use it for
 * completion and checks: YAML files name it in a first-line comment,
 * `# yaml-language-server: $schema=…/pack.schema.json`, JSON files in `$schema`.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ConditionSchema, LocalizedStringSchema, PracticeFileSchema, RulePackSchema } from './pack-schema';

export function packJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(RulePackSchema, {
      target: 'draft-07',
      // Named definitions: the recursive condition needs one, the localised string reads better as one.
      definitions: { Condition: ConditionSchema, LocalizedString: LocalizedStringSchema },
      errorMode: 'throw',
    }),
    $id: 'https://adviser-coach.example/pack.schema.json',
  };
}

/** The JSON Schema for stand-alone practice files (rules/practice.schema.json). */
export function practiceJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(PracticeFileSchema, { target: 'draft-07', definitions: { LocalizedString: LocalizedStringSchema }, errorMode: 'throw' }),
    $id: 'https://adviser-coach.example/practice.schema.json',
  };
}

/** Stable text for the committed file: two-space indent, trailing newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

export function practiceJsonSchemaText(): string {
  return `${JSON.stringify(practiceJsonSchema(), null, 2)}\n`;
}
