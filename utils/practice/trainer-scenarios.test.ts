import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { examplePracticeFile, socialAssistancePack } from '../../rules/test-practice';
import { formatIssue } from '../../rules/pack-issues';
import { compilePack } from '../../rules/compile-pack';
import type { PackScenario } from '../../rules/pack-schema';
import {
  addImported,
  attachedPracticeFile,
  duplicateScenario,
  freeId,
  readAttachedPractice,
  readTrainerScenarios,
  removeScenario,
  sameIdConflicts,
  saveScenario,
  setAttached,
  takenIds,
  writeTrainerScenarios,
} from './trainer-scenarios';

const PACK_ID = 'adviser-coach.social-assistance-ia';

const socialPack = socialAssistancePack;

const example = examplePracticeFile;

const scenario = (id: string, item = 'household'): PackScenario => ({
  id,
  title: { en: id },
  persona: { name: 'Jo', situation: 'Alone.', language: 'en', wants: 'Help.', interpreter: 'none' },
  steps: [{ item, says: 'Just me.', disclosure: false, variants: [], goals: [] }],
});

beforeEach(() => fakeBrowser.reset());

describe('the trainer\'s scenarios', () => {
  it('saves a new one at the end, not attached; an edit keeps its place and attachment, even under a new id', () => {
    let list = saveScenario([], PACK_ID, scenario('a'), 1);
    list = saveScenario(list, PACK_ID, scenario('b'), 2);
    list = setAttached(list, PACK_ID, 'a', true);
    list = saveScenario(list, PACK_ID, scenario('a2'), 3, 'a');
    expect(list.map((e) => [e.scenario.id, e.attached, e.updatedAt])).toEqual([['a2', true, 3], ['b', false, 2]]);
  });

  it('keeps scenarios of different packs apart: same id, removing one leaves the other', () => {
    let list = saveScenario([], PACK_ID, scenario('a'), 1);
    list = saveScenario(list, 'other.pack', scenario('a'), 1);
    expect([...takenIds(list, PACK_ID)]).toEqual(['a']);
    expect([...takenIds(list, PACK_ID, 'a')]).toEqual([]);
    list = removeScenario(list, PACK_ID, 'a');
    expect(list.map((e) => e.packId)).toEqual(['other.pack']);
  });

  it('imports the same file twice as nothing new; a changed version replaces or stands beside the trainer\'s, as chosen', () => {
    const practice = example();
    const first = addImported([], practice, 5, 'keep-both', 'en');
    expect(first).toMatchObject({ added: ['amira-first-meeting'], replaced: [], unchanged: [] });
    // The same file again: nothing to ask, nothing added.
    expect(sameIdConflicts(first.list, practice)).toEqual([]);
    const again = addImported(first.list, practice, 6, 'keep-both', 'en');
    expect(again).toMatchObject({ added: [], unchanged: ['amira-first-meeting'] });
    expect(again.list).toEqual(first.list);
    // The same content with a title's languages in another order is the same scenario.
    const reordered = structuredClone(practice);
    const { en, sv } = reordered.scenarios[0]!.title as Record<string, string>;
    reordered.scenarios[0]!.title = { sv: sv!, en: en! };
    expect(sameIdConflicts(first.list, reordered)).toEqual([]);

    // A colleague's changed version of it.
    const changed = structuredClone(example());
    changed.scenarios[0]!.persona.name = 'Amina';
    const attached = setAttached(first.list, PACK_ID, 'amira-first-meeting', true);
    expect(sameIdConflicts(attached, changed).map((e) => e.scenario.id)).toEqual(['amira-first-meeting']);
    const replaced = addImported(attached, changed, 7, 'replace', 'en');
    expect(replaced).toMatchObject({ added: [], replaced: ['amira-first-meeting'] });
    expect(replaced.list).toEqual([{ packId: PACK_ID, attached: true, updatedAt: 7, scenario: changed.scenarios[0] }]);

    const both = addImported(attached, changed, 7, 'keep-both', 'en');
    expect(both.added).toEqual(['amira-first-meeting-2']);
    const title = practice.scenarios[0]!.title as Record<string, string>;
    expect(both.list[1]!.scenario).toEqual({ ...changed.scenarios[0], id: 'amira-first-meeting-2', title: { en: `${title.en} (2)`, sv: `${title.sv} (2)` } });
    // A third copy counts on.
    const third = addImported(both.list, { ...changed, scenarios: [{ ...changed.scenarios[0]!, persona: { ...changed.scenarios[0]!.persona, name: 'Amra' } }] }, 8, 'keep-both', 'en');
    expect(third.list[2]!.scenario).toMatchObject({ id: 'amira-first-meeting-3', title: { en: `${title.en} (3)` } });
    expect(freeId('x', new Set(['x', 'x-2']))).toBe('x-3');
  });

  it('gives an imported scenario under a new id but a title already listed a distinct title', () => {
    const list = saveScenario([], PACK_ID, { ...scenario('mine'), title: { en: 'Rent arrears', sv: 'Hyresskuld' } }, 1);
    const file = { format: 1 as const, practice: PACK_ID, scenarios: [{ ...scenario('theirs'), title: { sv: 'hyresskuld' } }] };
    expect(addImported(list, file, 2, 'keep-both', 'en').list[1]!.scenario).toMatchObject({ id: 'theirs', title: { sv: 'hyresskuld (2)' } });
    // Another pack's scenarios do not count.
    expect(addImported(list, { ...file, practice: 'other.pack' }, 2, 'keep-both', 'en').list[1]!.scenario.title).toEqual({ sv: 'hyresskuld' });
    // The pack's own scenarios, listed beside the trainer's on the practice page, do.
    const own = [{ en: 'Fifteen years on sick leave' }];
    const copyOfBuiltIn = { ...file, scenarios: [{ ...scenario('fifteen'), title: { en: 'Fifteen years on sick leave' } }] };
    expect(addImported([], copyOfBuiltIn, 2, 'keep-both', 'en', own).list[0]!.scenario.title).toEqual({ en: 'Fifteen years on sick leave (2)' });
    const named = saveScenario([], PACK_ID, { ...scenario('mine'), title: { en: 'Rent arrears' } }, 1);
    expect(duplicateScenario(named, PACK_ID, 'mine', 2, 'en', [{ en: 'Rent arrears (copy)' }]).copy?.title).toEqual({ en: 'Rent arrears (copy 2)' });
  });

  it('duplicates a scenario beside it with "(copy)" in each language of its title, counting on', () => {
    let list = saveScenario([], PACK_ID, { ...scenario('a'), title: { en: 'Rent arrears', sv: 'Hyresskuld', nb: 'Husleiegjeld' } }, 1);
    list = saveScenario(list, PACK_ID, scenario('b'), 1);
    const once = duplicateScenario(list, PACK_ID, 'a', 2, 'en');
    expect(once.list.map((e) => e.scenario.id)).toEqual(['a', 'a-copy', 'b']);
    expect(once.copy?.title).toEqual({ en: 'Rent arrears (copy)', sv: 'Hyresskuld (kopia)', nb: 'Husleiegjeld (kopi)' });
    expect(once.list[1]).toMatchObject({ attached: false, updatedAt: 2 });
    const twice = duplicateScenario(once.list, PACK_ID, 'a', 3, 'en');
    expect(twice.copy).toMatchObject({ id: 'a-copy-2', title: { en: 'Rent arrears (copy 2)', sv: 'Hyresskuld (kopia 2)' } });
    // A copy of the copy does not stack the words.
    expect(duplicateScenario(twice.list, PACK_ID, 'a-copy', 4, 'en').copy?.title).toMatchObject({ en: 'Rent arrears (copy 3)', nb: 'Husleiegjeld (kopi 3)' });
    // A title written once for every language takes the interface's word; a language without one, a number.
    const plain = saveScenario([], PACK_ID, { ...scenario('p'), title: 'Hyresskuld' }, 1);
    expect(duplicateScenario(plain, PACK_ID, 'p', 2, 'sv').copy?.title).toBe('Hyresskuld (kopia)');
    const german = saveScenario([], PACK_ID, { ...scenario('g'), title: { de: 'Mietschulden' } }, 1);
    expect(duplicateScenario(german, PACK_ID, 'g', 2, 'en').copy?.title).toEqual({ de: 'Mietschulden (2)' });
  });

  it('makes one practice file of the scenarios attached to a pack', () => {
    let list = saveScenario([], PACK_ID, scenario('a'), 1);
    list = saveScenario(list, PACK_ID, scenario('b'), 1);
    expect(attachedPracticeFile(list, PACK_ID)).toBeUndefined();
    list = setAttached(list, PACK_ID, 'b', true);
    expect(attachedPracticeFile(list, PACK_ID)).toEqual({ format: 1, practice: PACK_ID, scenarios: [scenario('b')] });
  });
});

describe('storage, as the practice page reads it', () => {
  it('round-trips the list through storage.local', async () => {
    expect(await readTrainerScenarios()).toEqual([]);
    const list = setAttached(saveScenario([], PACK_ID, scenario('a'), 1), PACK_ID, 'a', true);
    await writeTrainerScenarios(list);
    expect(await readTrainerScenarios()).toEqual(list);
  });

  it('gives the attached scenarios checked against the pack as installed', async () => {
    const pack = socialPack();
    expect(await readAttachedPractice(pack)).toEqual({ issues: [] });
    await writeTrainerScenarios(setAttached(saveScenario([], PACK_ID, scenario('a'), 1), PACK_ID, 'a', true));
    expect(await readAttachedPractice(pack)).toEqual({ practice: { format: 1, practice: PACK_ID, scenarios: [scenario('a')] }, issues: [] });
  });

  it('gives an answer picked from the options, saved in English only, its label in every language of the pack', async () => {
    const saved = scenario('a', 'housing-risk');
    saved.steps[0] = { ...saved.steps[0]!, value: { en: 'Yes' }, variants: [{ when: { asked: 'open' }, says: 'No.', value: 'No' }] };
    const typed = scenario('b', 'debts');
    typed.steps[0] = { ...typed.steps[0]!, value: { en: 'About 20,000 kronor' } };
    let list = saveScenario(saveScenario([], PACK_ID, saved, 1), PACK_ID, typed, 1);
    list = setAttached(setAttached(list, PACK_ID, 'a', true), PACK_ID, 'b', true);
    await writeTrainerScenarios(list);
    for (const pack of [socialPack(), compilePack(socialPack())]) {
      const steps = (await readAttachedPractice(pack)).practice!.scenarios.map((s) => s.steps[0]!);
      expect(steps[0]!.value).toEqual({ en: 'Yes', sv: 'Ja' });
      expect(steps[0]!.variants[0]!.value).toEqual({ en: 'No', sv: 'Nej' });
      expect(steps[1]!.value).toEqual({ en: 'About 20,000 kronor' });
    }
  });

  it('withholds them with the reason when the pack no longer has an item a step plays', async () => {
    const pack = socialPack();
    await writeTrainerScenarios(setAttached(saveScenario([], PACK_ID, scenario('a', 'pets'), 1), PACK_ID, 'a', true));
    const attached = await readAttachedPractice(pack);
    expect(attached.practice).toBeUndefined();
    expect(attached.issues.map(formatIssue)).toEqual(['scenarios[0].steps[0].item: no item has the id "pets"']);
  });
});
