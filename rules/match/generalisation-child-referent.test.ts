/**
 * No child card without a child (ConceptCues.referents): in a field whose question names no child (the work-focused
 * interview's barriers and safety questions), partner violence told without a child in it raises the violence card
 * and no "children exposed to violence" card, neither from the lexicon's phrases ("jag har upplevt våld") nor from
 * the learned second net, which was trained on answers to a question about children. Named in many ways (kids, the
 * little one, a 7-year-old, minstingen, ungene, stepchildren, the school), the child keeps the card; a question that
 * names the children ("Are any children in the household exposed to violence?") names them for the answer.
 * Sentences of our own, en, sv and nb.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../compile-pack';
import { compileCues } from '../compile-cues';
import type { CompiledPack, EffectiveSeverity } from '../compiled-pack';
import { evaluateFollowUps } from '../evaluate-follow-ups';
import { CONCEPT_CUES } from '../lexicon/word-classes';
import { loadPack } from '../load-pack';

function packFile(name: string): CompiledPack {
  const loaded = loadPack(readFileSync(join(__dirname, '..', 'packs', name), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return compilePack(loaded.pack);
}
const workFocused = packFile('work-focused-interview.yaml');
const socialAssistance = packFile('social-assistance-initial-assessment.yaml');

/** Each follow-up the item raises for `text`, as "id:severity". */
function raised(pack: CompiledPack, itemId: string, text: string): string[] {
  const item = pack.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`no item ${itemId}`);
  return evaluateFollowUps(pack, item, { text, options: [] }).map((hit) => `${hit.followUp.id}:${hit.severity satisfies EffectiveSeverity}`);
}

const childCard = (pack: CompiledPack, itemId: string, text: string): boolean => raised(pack, itemId, text).includes('children-exposed:critical');

const partnerViolence = [
  'My fiancé slaps me when he has had a few beers and I am frightened of him.',
  'My husband shoved me into the wardrobe door last week.',
  'He grabbed me by the throat and said he would finish me if I left.',
  'My partner controls everything and I am terrified of him.',
  'I have experienced violence from my ex.',
  'Sambon slog mig i ansiktet i lördags och jag är livrädd för honom.',
  'Maken knuffar mig när han har druckit, jag vågar inte gå hem.',
  'Jag har upplevt våld i min förra relation.',
  'Pojkvännen slår mig när han blir svartsjuk.',
  'Mannen min slo meg i ansiktet på lørdag, og jeg er livredd ham.',
  'Samboeren tok meg hardt rundt halsen og truet med å drepe meg.',
  'Jeg har opplevd vold fra eksmannen min.',
  'Kjæresten min dytter meg når han har drukket.',
  'We have no kids, thank God. He hits me when he is angry.',
  'Vi har inga barn. Han slår mig när han är full.',
];

describe('partner violence with no child in it raises no child card', () => {
  it('in the work-focused interview\'s barriers field, en, sv and nb', () => {
    expect(partnerViolence.filter((text) => childCard(workFocused, 'barriers', text))).toEqual([]);
  });

  it('nor in its safety question, which asks about a partner, not children', () => {
    expect(partnerViolence.filter((text) => childCard(workFocused, 'safety-at-home', text))).toEqual([]);
  });

  it('still raises the violence card for each: the answer is read, only the children are not made up', () => {
    const missing = partnerViolence.filter((text) => !raised(workFocused, 'barriers', text).includes('violence-mentioned:critical'));
    // "We have no kids…" and the Swedish one say it in a second sentence; every one must be a violence card.
    expect(missing).toEqual([]);
  });

  it('reads no child in a partner\'s word built on a child\'s (sv "pojkvän", nb "jentekjæreste")', () => {
    expect(
      ['Min pojkvän har slagit mig flera gånger.', 'Flickvännen slår mig när hon är full.', 'Jentekjæresten min slår meg.', 'Guttekjæresten slo meg i går.'].filter(
        (text) => childCard(workFocused, 'barriers', text),
      ),
    ).toEqual([]);
  });
});

describe('a child named in the answer keeps the child card', () => {
  const withChildren = [
    'My fiancé slaps me when he has had a few beers and the kids are frightened of him.',
    'He slapped me and my 7-year-old was in the room.',
    'He shouted and hit me and the little one hid under the table.',
    'He hits me in front of our son.',
    'My partner hit me while I was holding the baby.',
    'He hits me and my stepchildren see everything.',
    'He hit me and our teenager tried to pull him off.',
    'He hits me and the school says our daughter is scared to go home.',
    'Sambon slog mig i ansiktet och barnen såg allt.',
    'Han slår mig och minstingen gömmer sig i badrummet.',
    'Maken knuffade mig medan dottern satt bredvid.',
    'Han slog mig och tonåringen försökte gå emellan.',
    'Pojkvännen slår mig och ungarna hör allt.',
    'Mannen min slo meg, og ungene hørte alt.',
    'Samboeren slår meg, og minstemann gjemmer seg på rommet.',
    'Han slo meg mens babyen lå i vogna.',
    'Han dytter meg, og sønnen prøvde å stoppe ham.',
    'Han slår meg når han drikker, og stebarna er redde for ham.',
  ];

  it('in the barriers field, en, sv and nb', () => {
    expect(withChildren.filter((text) => !childCard(workFocused, 'barriers', text))).toEqual([]);
  });

  it('where the question names the children, the answer need not: "they saw him hit me" is about them', () => {
    const noChildWord = ['Yes, they saw him hit me.', 'Ja, de såg när han slog mig.', 'Yes, they heard everything when he hit me.', 'Ja, de hørte alt da han slo meg.'];
    expect(noChildWord.filter((text) => !raised(socialAssistance, 'children-exposed', text).includes('children-at-risk:critical'))).toEqual([]);
    // …and in a field that names no child, "they" is nobody the coach can know to be a child
    expect(noChildWord.filter((text) => childCard(workFocused, 'barriers', text))).toEqual([]);
  });
});

describe('a concept declares whom it is about', () => {
  it('the child concept names the lexicon\'s child class', () => {
    expect(CONCEPT_CUES.get('child-exposed-to-violence')?.referents).toContain('child');
  });

  it('a referent class the concept does not define is a lexicon bug, refused at compile time', () => {
    const cues = CONCEPT_CUES.get('child-exposed-to-violence')!;
    expect(() => compileCues({ ...cues, referents: ['grandparent'] })).toThrow(/unknown cue class "grandparent"/);
  });
});
