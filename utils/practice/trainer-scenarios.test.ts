import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { examplePracticeFile, socialAssistancePack } from '../../rules/test-practice';
import { formatIssue } from '../../rules/pack-issues';
import type { PackScenario } from '../../rules/pack-schema';
import {
  addImported,
  attachedPracticeFile,
  freeId,
  readAttachedPractice,
  readTrainerScenarios,
  removeScenario,
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

  it('imports a file\'s scenarios under free ids and says which', () => {
    const practice = example();
    const first = addImported([], practice, 5);
    expect(first.ids).toEqual(['amira-first-meeting']);
    const again = addImported(first.list, practice, 6);
    expect(again.ids).toEqual(['amira-first-meeting-2']);
    expect(again.list[1]).toMatchObject({ packId: PACK_ID, attached: false, scenario: { ...practice.scenarios[0], id: 'amira-first-meeting-2' } });
    expect(freeId('x', new Set(['x', 'x-2']))).toBe('x-3');
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

  it('withholds them with the reason when the pack no longer has an item a step plays', async () => {
    const pack = socialPack();
    await writeTrainerScenarios(setAttached(saveScenario([], PACK_ID, scenario('a', 'pets'), 1), PACK_ID, 'a', true));
    const attached = await readAttachedPractice(pack);
    expect(attached.practice).toBeUndefined();
    expect(attached.issues.map(formatIssue)).toEqual(['scenarios[0].steps[0].item: no item has the id "pets"']);
  });
});
