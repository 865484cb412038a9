import { describe, expect, it } from 'vitest';
import { unmatchedAsText } from './unmatched-text';

describe('the unmatched questions as text to paste into a pack change request', () => {
  it('gives one line per field: label, kind, options, closest item', () => {
    const text = unmatchedAsText(
      [
        { label: 'Has anyone threatened you?', kind: 'radio-group', options: ['Yes', 'No'], nearest: { itemId: 'dv-1', score: 0.6 } },
        { label: 'Anything else?', kind: 'textarea', options: [] },
      ],
      (kind) => `<${kind}>`,
      (itemId) => `near ${itemId}`,
    );
    expect(text.split('\n')).toEqual(['Has anyone threatened you? — <radio-group> — Yes / No — near dv-1', 'Anything else? — <textarea>']);
    expect(unmatchedAsText([], String, String)).toBe('');
  });
});
