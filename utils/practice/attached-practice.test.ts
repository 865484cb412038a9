import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../../rules/compile-pack';
import { loadPack } from '../../rules/load-pack';
import { formatIssue } from '../../rules/pack-issues';
import { attachPracticeFile, readAttachedPractice } from './attached-practice';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const loaded = loadPack(read('../../rules/packs/social-assistance-initial-assessment.yaml'));
if (!loaded.ok) throw new Error('default pack does not load');
const pack = compilePack(loaded.pack);
const fixture = read('../../rules/fixtures/practice-social-assistance.yaml');

beforeEach(() => fakeBrowser.reset());

describe('attaching a practice file', () => {
  it('attaches a file that fits the installed pack, with its texts resolved; again under the same name replaces it', async () => {
    const first = await attachPracticeFile(fixture, 'amira.yaml', [pack], 1);
    expect(first.ok).toBe(true);
    const [attached] = await readAttachedPractice();
    expect(attached).toMatchObject({ packId: pack.id, fileName: 'amira.yaml', attachedAt: 1 });
    expect(attached!.scenarios[0]).toMatchObject({ id: 'amira-first-meeting', persona: { name: 'Amira', interpreter: 'none' } });
    expect(attached!.scenarios[0]!.steps[1]).toMatchObject({ itemId: 'psychological-health', disclosure: true, goals: ['explain-why-first', 'ask-open', 'acknowledge'] });
    await attachPracticeFile(fixture, 'amira.yaml', [pack], 2);
    expect((await readAttachedPractice()).map((entry) => entry.attachedAt)).toEqual([2]);
  });

  it.each([
    ['names no installed pack', fixture.replace('practice: adviser-coach.social-assistance-ia', 'practice: other.pack'), 'practice: no installed pack has the id "other.pack"'],
    ['plays an item the pack does not have', fixture.replace('item: household', 'item: shoe-size'), 'scenarios[0].steps[0].item: no item has the id "shoe-size"'],
    ['is not YAML', 'practice: [unclosed', ''],
  ])('refuses a file that %s, and stores nothing', async (_name, text, message) => {
    const result = await attachPracticeFile(text, 'bad.yaml', [pack]);
    expect(result.ok).toBe(false);
    if (!result.ok && message) expect(result.errors.map(formatIssue).join('\n')).toContain(message);
    expect(await readAttachedPractice()).toEqual([]);
  });
});
