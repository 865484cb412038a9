/**
 * Writing a practice file (rules/practice-file.ts reads it): the trainer editor's
 * export. Defaults are left out (no interpreter, not a disclosure, no variants,
 * no goals), so the file is as short as a trainer would write it by hand, and
 * `loadPracticeFile` fills them in again: reading the text back gives the same
 * scenarios.
 */
import { stringify } from 'yaml';
import type { PackScenario, PracticeFile } from './pack-schema';
import type { PackTextFormat } from './parse-pack-text';

/** A scenario as a file states it: the schema's defaults omitted. */
export function scenarioForFile(scenario: PackScenario): Record<string, unknown> {
  const { interpreter, ...persona } = scenario.persona;
  return {
    id: scenario.id,
    title: scenario.title,
    persona: interpreter === 'none' ? persona : { ...persona, interpreter },
    steps: scenario.steps.map(({ disclosure, variants, goals, ...step }) => ({
      item: step.item,
      says: step.says,
      ...(step.value !== undefined && { value: step.value }),
      ...(disclosure && { disclosure }),
      ...(variants.length > 0 && { variants }),
      ...(goals.length > 0 && { goals }),
      ...(step.debrief !== undefined && { debrief: step.debrief }),
    })),
    ...(scenario.debrief !== undefined && { debrief: scenario.debrief }),
  };
}

/** The practice file as YAML or JSON text (UTF-8, ending in a newline). */
export function practiceFileText(file: PracticeFile, format: PackTextFormat): string {
  const value = {
    practice: file.practice,
    ...(file.minPackVersion !== undefined && { minPackVersion: file.minPackVersion }),
    scenarios: file.scenarios.map(scenarioForFile),
  };
  // lineWidth 0: long answers stay on one line instead of folding, so a diff shows what changed.
  return format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : stringify(value, { lineWidth: 0 });
}
