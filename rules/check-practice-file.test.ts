// A practice file given where a pack is expected ("Check a pack", `pack validate`)
// is recognised by its content and checked as a practice file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPackFile } from './check-pack-file';
import { isPackFileText, isPracticeFileText } from './check-practice-file';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const practice = read('./fixtures/practice-social-assistance.yaml');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('a practice file where a pack is expected', () => {
  it('is told from a pack by its content, in YAML and JSON', () => {
    expect(isPracticeFileText(practice, 'x.yaml')).toBe(true);
    expect(isPracticeFileText(JSON.stringify({ practice: 'a.pack', scenarios: [] }), 'x.json')).toBe(true);
    expect(isPracticeFileText(read('./fixtures/minimal-pack.yaml'), 'x.yaml')).toBe(false);
    // A pack with a stray "practice" field is still a pack (it has items).
    expect(isPracticeFileText(`${read('./fixtures/minimal-pack.yaml')}\npractice: x\n`, 'x.yaml')).toBe(false);
    expect(isPracticeFileText('practice: [unclosed', 'x.yaml')).toBe(false);
  });

  it('a pack where a practice file is expected (the trainer editor\'s import) is told by its content too', () => {
    expect(isPackFileText(read('./fixtures/minimal-pack.yaml'), 'x.yaml')).toBe(true);
    expect(isPackFileText(JSON.stringify({ id: 'a.pack', items: [] }), 'x.json')).toBe(true);
    expect(isPackFileText(practice, 'x.yaml')).toBe(false);
    // Something else altogether, or a file that cannot be read, is left to the practice file's own checks.
    expect(isPackFileText(JSON.stringify({ sha256: 'abc', id: 'x' }), 'x.json')).toBe(false);
    expect(isPackFileText('[1, 2]', 'x.yaml')).toBe(false);
    expect(isPackFileText('items: [unclosed', 'x.yaml')).toBe(false);
  });

  it('"Check a pack" checks its form and says where its fit to the pack is checked, not the pack fields it lacks', () => {
    const fine = checkPackFile(bytes(practice), 'amira.practice.yaml');
    expect(fine).toEqual({
      clean: true,
      lines: [
        'amira.practice.yaml: a practice file (1 scenario for the pack adviser-coach.social-assistance-ia), not a pack; its form is valid',
        'amira.practice.yaml: whether it fits the pack is checked when it is imported under "Practice scenarios (for trainers)", or by adviser-coach practice validate amira.practice.yaml',
      ],
    });
    const broken = practice.replace('interpreter: none', 'interpreter: cousin');
    const line = broken.split('\n').findIndex((l) => l.includes('interpreter: cousin')) + 1;
    const check = checkPackFile(bytes(broken), 'broken.practice.yaml');
    expect(check.clean).toBe(false);
    expect(check.lines).toEqual([
      expect.stringMatching(new RegExp(`^scenarios\\[0\\]\\.persona\\.interpreter: must be one of none, professional, family-member.*\\(line ${line}, column 20\\)$`)),
      'broken.practice.yaml: invalid practice file (1 error)',
    ]);
    expect(check.lines.join('\n')).not.toMatch(/missing required field/);
  });
});
