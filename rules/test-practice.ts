/** For tests of practice scenarios: the built-in social assistance pack and the example practice file, read once each (Node only). */
import { readFileSync } from 'node:fs';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import type { PracticeFile, RulePack } from './pack-schema';
import { loadPracticeFile } from './practice-file';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
let pack: RulePack | undefined;
let practice: PracticeFile | undefined;

/** rules/packs/social-assistance-initial-assessment.yaml, loaded (it is large: read it once per test file). */
export function socialAssistancePack(): RulePack {
  if (pack) return pack;
  const loaded = loadPack(read('./packs/social-assistance-initial-assessment.yaml'));
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return (pack = loaded.pack);
}

/** rules/fixtures/practice-social-assistance.yaml, loaded. */
export function examplePracticeFile(): PracticeFile {
  if (practice) return practice;
  const loaded = loadPracticeFile(read('./fixtures/practice-social-assistance.yaml'), { fileName: 'practice.yaml' });
  if (!loaded.ok) throw new Error(loaded.errors.map(formatIssue).join('\n'));
  return (practice = loaded.practice);
}
