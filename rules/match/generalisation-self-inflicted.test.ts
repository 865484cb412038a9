/**
 * Violence is harm done by another (ConceptCues.selfInflicted): a client's statement about harming themself raises the
 * self-harm / suicide-risk card and no violence card, in the default packs' fields that carry both (the initial
 * assessment's psychological-health and health-comments, the work-focused interview's changes and barriers), neither
 * from the rules' violence words inside it ("jag rev mig själv") nor from the learned second net ("jag har skurit mig i
 * armarna igen"). Harm by another keeps its violence card: passives that name no agent, hitting back, the client
 * hitting a partner, a subject left out ("slog mig i ansiktet igår" may be his doing), and violence told with
 * self-harm after it. Sentences of our own, en, sv and nb, any person, typos.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../compile-pack';
import type { CompiledPack } from '../compiled-pack';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { CONCEPT_CUES } from '../lexicon/word-classes';
import { loadPack } from '../load-pack';

function packFile(name: string): CompiledPack {
  const loaded = loadPack(readFileSync(join(__dirname, '..', 'packs', name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return compilePack(loaded.pack);
}
const socialAssistance = packFile('social-assistance-initial-assessment.yaml');
const workFocused = packFile('work-focused-interview.yaml');

/** The fields that carry both a violence card and a self-harm / suicide-risk card, with the ids of each. */
const bothCards = [
  { pack: socialAssistance, item: 'psychological-health', violence: 'violence-mentioned', self: 'suicide-risk' },
  { pack: socialAssistance, item: 'health-comments', violence: 'violence-mentioned', self: 'suicide-risk' },
  { pack: workFocused, item: 'changes-since-last', violence: 'violence-mentioned', self: 'crisis' },
  { pack: workFocused, item: 'barriers', violence: 'violence-mentioned', self: 'crisis' },
];
/** Fields that ask about violence: their violence card, by id. */
const violenceFields = [
  ...bothCards,
  { pack: socialAssistance, item: 'partner-violence', violence: 'violence-disclosed' },
  { pack: workFocused, item: 'safety-at-home', violence: 'violence-disclosed' },
];

/** The critical cards the field raises for `text`, by follow-up id. */
function criticalCards(pack: CompiledPack, itemId: string, text: string): string[] {
  const item = pack.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`no item ${itemId}`);
  return evaluateFollowUps(pack, item, { text, options: [] }).filter((hit) => hit.severity === 'critical').map((hit) => hit.followUp.id);
}

/** Each "field: text" where the violence card comes up. */
const violenceRaised = (texts: string[]) =>
  bothCards.flatMap(({ pack, item, violence }) => texts.filter((text) => criticalCards(pack, item, text).includes(violence)).map((text) => `${item}: ${text}`));

const harmToOneself = [
  'jag har skurit mig i armarna igen',
  "I've started cutting myself again, mostly at night",
  "He burns himself with cigarettes when he's low",
  'She scratched herself till it bled last night',
  'Honestly I hurt myself sometimes, it calms me down',
  'i bang my head against the door when it gets bad',
  'We found out our daughter cuts herself',
  'cut myself agian yesterday',
  'Hon har skurit sig i benen sedan i våras',
  'Jag skadar mig själv när ångesten kommer',
  'Han bränner sig med tändaren ibland',
  'Jag slår huvudet i väggen tills det gör ont',
  'Jag rev mig själv på armarna tills det blödde',
  'Har bränt mig med ett strykjärn med flit',
  'Jeg har kuttet meg på armen igjen',
  'Hun skader seg selv når hun er alene',
  'Han brenner seg med sigaretter',
  'Jeg slår hodet i veggen når jeg får panikk',
  'Eg skadar meg sjølv',
  'Jeg klorte meg selv på armene',
  'Slo meg selv i hodet flere ganger',
  'Jeg har skadet meg selv mange ganger det siste året',
];

describe('harm a person does to themself raises no violence card', () => {
  it('in the fields that carry both cards, en, sv and nb, any person, from the rules or the learned net', () => {
    expect(violenceRaised(harmToOneself)).toEqual([]);
  });

  it('and still raises the self-harm / suicide-risk card there', () => {
    const missing = bothCards.flatMap(({ pack, item, self }) =>
      harmToOneself.filter((text) => !criticalCards(pack, item, text).includes(self)).map((text) => `${item}: ${text}`),
    );
    expect(missing).toEqual([]);
  });

  it('nor through a bare "sometimes" read as a yes to a question about violence', () => {
    const item = 'partner-violence';
    expect(['sometimes I bang my head on the wall till it hurts', 'ibland slår jag huvudet i väggen'].filter((text) =>
      criticalCards(socialAssistance, item, text).includes('violence-disclosed'))).toEqual([]);
  });
});

describe('harm done by another keeps the violence card', () => {
  const byAnother = [
    'I get beaten',
    'He was hit again',
    'I get knocked about when he has been drinking',
    'She was slapped by her husband on Sunday',
    'jag blir slagen',
    'Hon blev misshandlad av sin sambo igen',
    'jag blir slagen när han kommer hem full',
    'jeg blir slått',
    'Han ble slått av faren sin i går',
    'jeg ble dyttet og sparket av kjæresten',
    // hitting back, and the client hitting a partner (the packs' violence items cover it today)
    'I hit him back after he punched me',
    'jag slog honom tillbaka när han tog mig i halsen',
    'jeg slo ham tilbake etter at han kvalte meg',
    'I slapped my partner last night',
    'jag slog min man i fredags',
    'jeg slo samboeren min',
    // violence, then self-harm
    "He hits me and I've started cutting myself",
    'Han slår mig och jag har börjat skära mig',
    'Han slår meg og jeg har begynt å kutte meg',
    'He scratched her arms until they bled',
    // no subject: whose doing is not said, so it is read as violence, as before
    'Slog mig i ansiktet igår',
    'har slått meg flere ganger',
  ];

  it('in every field that asks about violence, en, sv and nb', () => {
    const missing = violenceFields.flatMap(({ pack, item, violence }) =>
      byAnother.filter((text) => !criticalCards(pack, item, text).includes(violence)).map((text) => `${item}: ${text}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the violence concepts declare harm to oneself', () => {
  it('both violence concepts, and no other', () => {
    const declaring = [...CONCEPT_CUES.values()].filter((cues) => cues.selfInflicted).map((cues) => cues.concept).sort();
    expect(declaring).toEqual(['child-exposed-to-violence', 'domestic-violence']);
  });
});

describe('a subject further back than the act still makes it turned on the doer', () => {
  // The act's own subject is named several words before it (a thought or a wish about the act): suicide, not violence.
  const ownSubjectFarBack = [
    'jag har tänkt på att ta livet av mig',
    'Jag har länge funderat på att döda mig',
    'jag har faktiskt tänkt på att hänga mig',
    'Jeg har tenkt på å drepe meg',
    'jeg har lenge tenkt på å ta livet av meg',
    'Eg har tenkt på å drepe meg sjølv',
  ];
  // Another doer between the subject and the act keeps the violence card.
  const anotherDoerBetween = [
    'jag har hört att han vill döda mig',
    'jag sa att han skulle ta livet av mig',
    'jeg er redd for at han skal drepe meg',
    'jeg har fått vite at eksen vil drepe meg',
    'jag tror att min exman vill döda mig',
  ];

  it('raises no violence card where the client names themself as the one who would do it', () => {
    expect(violenceRaised(ownSubjectFarBack)).toEqual([]);
  });

  it('keeps the violence card where someone else would do it', () => {
    const missing = bothCards.flatMap(({ pack, item, violence }) =>
      anotherDoerBetween.filter((text) => !criticalCards(pack, item, text).includes(violence)).map((text) => `${item}: ${text}`),
    );
    expect(missing).toEqual([]);
  });
});
