/**
 * Match a page's form controls to pack items by their normalised label.
 */
import type { CompiledPack } from './compiled-pack';
import type { FieldMatch } from '../utils/messages';
import { normalizeLabel } from '../utils/normalize-text';
import { readFieldLabel } from '../utils/dom/read-field-label';

export interface ControlMatch extends FieldMatch {
  control: Element;
}

export function matchControls(controls: Element[], pack: CompiledPack): ControlMatch[] {
  const itemByLabel = new Map<string, string>();
  for (const item of pack.items) for (const label of item.locators.labels) itemByLabel.set(label, item.id);
  const matches: ControlMatch[] = [];
  const seen = new Set<string>();
  for (const control of controls) {
    const text = readFieldLabel(control);
    const itemId = itemByLabel.get(normalizeLabel(text));
    if (itemId && !seen.has(itemId)) {
      seen.add(itemId);
      matches.push({ itemId, rule: 'label-exact', matchedText: text, control });
    }
  }
  return matches;
}
