/**
 * The largest pack the validator allows (rules/pack-limits.ts): PACK_LIMITS.maxItems
 * questions, PACK_LIMITS.maxPhrasesPerPack trigger phrases, and rewordings filling the
 * file to just under PACK_LIMITS.maxFileBytes. For tests that import it in the browser.
 */
import { PACK_LIMITS } from '../../../rules/pack-limits';

const SENTENCE = 'How have things been for you lately, at home, at work and around it? ';

/** JSON text of the pack; throws if the generator drifts outside 95–100 % of the byte limit. */
export function largestPack(id: string, version: string): string {
  const items = PACK_LIMITS.maxItems;
  const phrasesPerItem = Math.floor(PACK_LIMITS.maxPhrasesPerPack / items);
  const build = (rewordingChars: number) =>
    JSON.stringify({
      id,
      version,
      title: `Largest pack ${version}`,
      languages: ['en'],
      organisation: 'Limits group',
      hosts: { match: ['https://cases.example.org/*'] },
      sections: [{ id: 'main', title: 'Questions' }],
      items: Array.from({ length: items }, (_, i) => ({
        id: `q${i}`,
        question: `Question ${i}: ${SENTENCE.trim()}`,
        rewordings: [{ text: `${i} ${SENTENCE.repeat(40).slice(0, rewordingChars)}`.trim() }, { text: `Could you tell me more, ${i}?` }],
        followUps: [
          {
            id: 'risk',
            // Every phrase of an item starts with the same word: the matcher reads them together.
            when: { text: Array.from({ length: phrasesPerItem }, (_, k) => `feeling worry${i.toString(36)}x${k}`) },
            severity: i % 3 === 0 ? 'critical' : 'warning',
            prompt: `Ask what has changed since last time (${i}).`,
          },
        ],
      })),
    });
  // The longest rewording that keeps the file under the limit.
  let low = 0;
  let high = PACK_LIMITS.maxStringLength - 10;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (new TextEncoder().encode(build(mid)).length <= PACK_LIMITS.maxFileBytes) low = mid;
    else high = mid - 1;
  }
  const text = build(low);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PACK_LIMITS.maxFileBytes || bytes < PACK_LIMITS.maxFileBytes * 0.95) throw new Error(`largest pack is ${bytes} bytes`);
  return text;
}

/**
 * The largest pack's later versions, as the import steps bring them in after version 1.0.0:
 * 1.1.0 changes one question's follow-up prompt (q0); 1.2.0 renames q1, q10–q19 and
 * q100–q199 (111 removed, 111 added) and changes every question's words (same length, so the
 * file stays within the limit); 1.3.0 is refused (every item's `rewordings` misspelt).
 */
export function largestPackVersions(id: string): { oneChanged: string; everyQuestionChanged: string; refused: string } {
  return {
    oneChanged: largestPack(id, '1.1.0').replace('"prompt":"Ask what has changed since last time (0).', '"prompt":"Ask what has changed since you last met (0).'),
    everyQuestionChanged: largestPack(id, '1.2.0').replaceAll('"id":"q1', '"id":"r1').replaceAll('for you lately', 'for you at all'),
    refused: largestPack(id, '1.3.0').replaceAll('"rewordings":', '"rewording":'),
  };
}
