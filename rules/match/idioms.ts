/**
 * Everyday idioms that contain a trigger word but mean nothing of the kind
 * ("sick of waiting", "bored to death", sv "dödstrött", nb "dø av latter").
 * A trigger found only inside an idiom does not count; a longer phrase that
 * reaches past it does ("sick of living").
 */
import type { CompiledPhrase } from '../compiled-pack';
import { compilePhrase } from '../compile-phrase';
import type { AnswerAnalysis } from './answer-analysis';
import { PhraseIndex } from './phrase-index';

const IDIOMS: Record<string, string[]> = {
  en: [
    'sick of', 'sick and tired', 'sick to death', 'bored to death', 'scared to death', 'dying to', 'dying for',
    'to die for', 'kill time', 'killing time', 'killing me', 'pain in the neck', 'pain in the ass', 'dead tired',
    'dead end', 'drop dead', 'could kill for', 'hit the road', 'hit it off', 'hit the gym', 'hit rock bottom',
    'beat the traffic', 'drunk on power', 'addicted to coffee', 'addicted to chocolate', 'addicted to tv',
  ],
  sv: ['dödstrött', 'skrattade ihjäl', 'dö av skratt', 'slå ihjäl tiden', 'dör av tristess', 'tråkade ihjäl', 'sjuk av längtan'],
  nb: ['dødslei', 'drit lei', 'dø av latter', 'le meg i hjel', 'kjede meg i hjel', 'slå i hjel tiden'],
};

let index: PhraseIndex | undefined;

export function idiomIndex(): PhraseIndex {
  if (!index) {
    const phrases: CompiledPhrase[] = [];
    for (const [language, list] of Object.entries(IDIOMS)) {
      for (const text of list) {
        const compiled = compilePhrase(text, language);
        if (compiled.ok) phrases.push(compiled.phrase);
      }
    }
    index = new PhraseIndex(phrases);
  }
  return index;
}

/** 1 for each answer word inside an idiom. */
export function idiomMask(answer: AnswerAnalysis): Uint8Array {
  const mask = new Uint8Array(answer.words.length);
  for (const match of idiomIndex().find(answer)) mask.fill(1, match.start, match.end + 1);
  return mask;
}
