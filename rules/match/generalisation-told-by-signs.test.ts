/**
 * Disclosures told by their signs rather than named: a child who asks every morning whether a parent is angry, the
 * benefit money that goes on drink, hands that shake in the morning until a drink, a court date for a driving offence.
 * Sentences of our own in en, sv and nb (not the evaluation sets' rows), each with look-alikes that stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { expectCritical, expectNoCritical, raised } from '../../tests/unit/eval-pack-follow-ups';

/** What `concept` raises for each text, listed where it differs from `expected`. */
function expectRaised(concept: string, expected: string, texts: string[]): void {
  expect(texts.map((text) => `${raised(concept, text)}: ${text}`).filter((line) => !line.startsWith(`${expected}:`))).toEqual([]);
}

describe('a child who asks every day whether a parent is angry', () => {
  it('raises the critical card', () => {
    expectCritical('child-exposed-to-violence', [
      'Our daughter asks every morning whether dad is in a temper before she comes downstairs.',
      'Sonen frågar varje dag om pappa är arg innan han vågar gå in i köket.',
      'Minstemann spør hver kveld om mamma er sint når hun kommer hjem.',
    ]);
  });
  it('while a child asking once, or about a teacher, does not', () => {
    expectNoCritical('child-exposed-to-violence', [
      'My son asked if his teacher was angry about the homework.',
      'Dottern frågade om pappa var arg för att hon tappade mobilen.',
      'Sønnen spør alltid om læreren er sint på ham.',
    ]);
  });
});

describe('drink told by its effects', () => {
  it('raises the substance card: the benefit money goes on drink, hands shake in the morning until a drink', () => {
    expectRaised('substance-use', 'warning', [
      'Half the universal credit goes on drink by the Tuesday.',
      'My hands shake first thing until I have had a drink.',
      'Händerna darrar på morgonen tills jag har druckit lite.',
      'Jeg skjelver om morgenen til jeg har fått i meg noe å drikke.',
    ]);
  });
  it('while shaking from an illness, told with no drink, raises nothing but a check-in', () => {
    for (const text of ['My hands shake because of the Parkinson\'s, I do not drink.', 'Hendene skjelver av medisinen, men jeg drikker ikke.']) {
      expect(['none', 'check-in']).toContain(raised('substance-use', text));
    }
  });
});

describe('a court date for a driving offence', () => {
  it('raises the criminal-justice card', () => {
    expectRaised('criminal-justice', 'info', [
      'He is in the magistrates next week for driving while disqualified.',
      'Hon ska upp i tingsrätten i maj för rattfylla.',
      'Han skal opp i tingretten i mai for kjøring uten førerkort.',
    ]);
  });
  it('while a witness in such a case does not', () => {
    for (const text of [
      'Min dotter ska vittna i tingsrätten i ett mål om olovlig körning.',
      'Datteren min skal vitne i tingretten i en sak om kjøring uten førerkort.',
      'She was called as a witness at the magistrates in a case of driving while disqualified.',
    ]) {
      expect(['none', 'check-in']).toContain(raised('criminal-justice', text));
    }
  });
});

describe('a case note\'s short forms and a drive out to the cliffs', () => {
  it('reads "s-tankar", "s-tanker" (denied: the check-in) and a drive to the cliffs to jump', () => {
    expectCritical('suicide', [
      'Uppger s-tankar sedan jul, ingen plan.',
      'Beskriver s-tanker den siste uka.',
      'Hon körde ut till klipporna i söndags och satt där länge.',
    ]);
    expectRaised('suicide', 'check-in', ['Frågat om s-tankar, förnekar.', 'Spurt om s-tanker, benekter.']);
  });
});
