import { describe, expect, it } from 'vitest';
import { readsAsItemOptions, readsAsSomeItemOptions } from './item-option-words';
import type { CompiledItem } from './compiled-pack';

const item = (extra: Partial<CompiledItem>): CompiledItem => ({ id: 'x', followUps: [], ...extra }) as unknown as CompiledItem;

describe('readsAsItemOptions', () => {
  it('takes a row naming a declared option, in any language', () => {
    const violence = item({ options: [{ en: 'Yes', sv: 'Ja' }, { en: 'No', sv: 'Nej' }] });
    expect(readsAsItemOptions(violence, ['Nej', 'Ja', 'Vill inte svara'])).toBe(true);
    expect(readsAsItemOptions(violence, ['Save', 'Print', 'Next'])).toBe(false);
  });

  it('takes options named by follow-up conditions, and numbers for an item on a number', () => {
    const income = item({ followUps: [{ when: { kind: 'any', of: [{ kind: 'option-in', values: ['none', 'ingen'] }] } }] as CompiledItem['followUps'] });
    expect(readsAsItemOptions(income, ['Lön', 'Ingen'])).toBe(true);
    expect(readsAsItemOptions(income, ['Lön', 'Sjukpenning'])).toBe(false);
    const count = item({ followUps: [{ when: { kind: 'number-range', min: 1 } }] as CompiledItem['followUps'] });
    expect(readsAsItemOptions(count, ['0', '1', '2', '3'])).toBe(true);
    expect(readsAsItemOptions(count, ['0', 'Many'])).toBe(false);
  });
});

describe('readsAsSomeItemOptions', () => {
  const safe = item({ id: 'safe', options: [{ en: 'Yes', sv: 'Ja', nb: 'Ja' }, { en: 'No', sv: 'Nej', nb: 'Nei' }] });
  const children = item({ id: 'children', followUps: [{ when: { kind: 'number-range', min: 1 } }] as CompiledItem['followUps'] });
  const benefit = item({ id: 'benefit', followUps: [{ when: { kind: 'option-in', values: ['sjukpenning', 'sykepenger'] } }] as CompiledItem['followUps'] });
  const items = [safe, children, benefit];

  it('takes a row that some item reads as its options, as readsAsItemOptions would for that item', () => {
    expect(readsAsSomeItemOptions(items, ['Nei', 'Ja'])).toBe(true);
    expect(readsAsSomeItemOptions(items, ['Lön', 'Sjukpenning'])).toBe(true);
    expect(readsAsSomeItemOptions(items, ['Sykepenger', 'Arbeid'])).toBe(true);
    expect(readsAsSomeItemOptions(items, ['0', '1', '2+'])).toBe(readsAsItemOptions(children, ['0', '1', '2+']));
  });

  it("refuses actions and pagers no item's options name", () => {
    for (const row of [['Edit', 'Delete', 'View'], ['Redigera', 'Ta bort', 'Visa'], ['Rediger', 'Slett', 'Vis'], ['1', '2', 'Next'], ['Föregående', 'Nästa']]) {
      expect(readsAsSomeItemOptions(items, row)).toBe(false);
      for (const one of items) expect(readsAsItemOptions(one, row)).toBe(false);
    }
    expect(readsAsSomeItemOptions([safe, benefit], ['1', '2', '3'])).toBe(false);
  });
});
