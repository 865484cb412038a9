import { describe, expect, it } from 'vitest';
import { readsAsItemOptions } from './item-option-words';
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
