import { describe, expect, it } from 'vitest';
import { addPack, removePack, rollBackPack } from './pack-library';
import type { PackLibrary } from './pack-store';
import { compiledPack } from './test-packs';

const empty: PackLibrary = { installed: [], previous: {} };
const versions = (library: PackLibrary) => library.installed.map((p) => `${p.id}@${p.version}`);

describe('addPack', () => {
  it('appends a new pack', () => {
    const decision = addPack({ installed: [compiledPack('a')], previous: {} }, compiledPack('b'));
    expect(decision.ok && versions(decision.library)).toEqual(['a@1.0.0', 'b@1.0.0']);
  });

  it('replaces an older version in place and keeps it for roll back', () => {
    const decision = addPack({ installed: [compiledPack('a'), compiledPack('b')], previous: {} }, compiledPack('a', '1.1.0'));
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(versions(decision.library)).toEqual(['a@1.1.0', 'b@1.0.0']);
    expect(decision.library.previous.a?.version).toBe('1.0.0');
    expect(decision.replacedVersion).toBe('1.0.0');
  });

  it('refuses the same or an older version', () => {
    const library = { installed: [compiledPack('a', '1.2.0')], previous: {} };
    expect(addPack(library, compiledPack('a', '1.2.0'))).toMatchObject({ ok: false, field: 'version', message: /already installed/ });
    expect(addPack(library, compiledPack('a', '1.1.0'))).toMatchObject({ ok: false, field: 'version', message: /older than the installed 1\.2\.0/ });
  });

  it('refuses a pack that needs a newer extension', () => {
    expect(addPack(empty, compiledPack('a'), '0.2.0', '0.1.0')).toMatchObject({ ok: false, field: 'minExtensionVersion' });
    expect(addPack(empty, compiledPack('a'), '0.1.0', '0.1.0').ok).toBe(true);
  });
});

describe('rollBackPack and removePack', () => {
  const upgraded: PackLibrary = { installed: [compiledPack('a', '2.0.0')], previous: { a: compiledPack('a', '1.0.0') } };

  it('swaps in the kept version, and can swap back', () => {
    const back = rollBackPack(upgraded, 'a');
    expect(back && versions(back)).toEqual(['a@1.0.0']);
    expect(back?.previous.a?.version).toBe('2.0.0');
    const forward = back && rollBackPack(back, 'a');
    expect(forward && versions(forward)).toEqual(['a@2.0.0']);
  });

  it('has nothing to roll back to for a pack never replaced', () => {
    expect(rollBackPack({ installed: [compiledPack('a')], previous: {} }, 'a')).toBeUndefined();
  });

  it('removes a pack and its kept version', () => {
    expect(removePack(upgraded, 'a')).toEqual(empty);
  });
});
