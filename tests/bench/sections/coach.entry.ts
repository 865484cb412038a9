// Bundled into the benchmark page by tests/bench/sections/coach.mjs: the shipped
// coach (overlay, answer reading, follow-up evaluation) on the detection
// benchmark's generated page and 300-item pack, with follow-ups added.
import { options } from 'preact';
import type { CompiledPack } from '../../../rules/compiled-pack';
import { createFieldDetector } from '../../../utils/dom/field-detector';
import { mountOverlay } from '../../../components/overlay/mount-overlay';
import { startCoach } from '../../../entrypoints/content/coach';
import { renderCounts } from '../../../components/overlay/render-count';
import { compileCondition, compileUnique } from '../../../rules/compile-condition';
import { compileConceptCues } from '../../../rules/compile-cues';
import { BUILT_IN_CONCEPTS, LEXICON_LANGUAGES } from '../../../rules/lexicon';
import { secondNetFor } from '../../../rules/pack-second-net';
import { benchPack, generatePage } from './detection.entry';
import { boxAround } from '../../../utils/dom/field-box';
import { hostPopups } from '../../../utils/dom/host-popups';

/**
 * Every built-in concept compiled as the pack compiler does, the suicide concept
 * extended with 1,000 words of the pack's own (the most a pack may add per language).
 */
function lexicon(): NonNullable<CompiledPack['concepts']> {
  const out: NonNullable<CompiledPack['concepts']> = {};
  for (const [id, concept] of BUILT_IN_CONCEPTS) {
    const entries: [string, string, boolean][] = LEXICON_LANGUAGES.flatMap((l) => concept.words[l].map((w): [string, string, boolean] => [l, w, false]));
    if (id === 'suicide') for (let i = 0; i < 1000; i++) entries.push(['en', `packword${i.toString(36)} phrase${i % 13}`, false]);
    out[id] = compileUnique(entries);
  }
  return out;
}

/**
 * The benchmark pack with coaching content: rewordings, why, a concept
 * follow-up (the whole built-in lexicon, its word-class combinations and the second net's models), a free-text and an
 * option follow-up on every item.
 */
function coachingPack(): CompiledPack {
  const pack = benchPack();
  pack.concepts = lexicon();
  const concepts = Object.keys(pack.concepts);
  const cues = compileConceptCues(concepts);
  if (cues) pack.cues = cues;
  // The second net's models, as the compiler puts them in the pack (the content script bundles none).
  const secondNet = secondNetFor(concepts);
  if (secondNet) pack.secondNet = secondNet;
  // Compiled the way the pack compiler compiles a supervisor's word list.
  const risk = compileCondition({ text: ['take my life', 'kill myself', 'hurt myself', 'no reason to live', 'suicid*', 'self harm*', 'overdos*'] }, ['en', 'sv', 'nb']);
  for (const item of pack.items) {
    item.rewordings = [{ text: { en: `What can you tell me about ${item.id}?` } }, { text: { en: `How is it going with ${item.id}?` } }];
    item.why = { purpose: { en: 'So we can offer the right support.' } };
    item.followUps = [
      { id: 'risk', when: { kind: 'mentions', concepts }, severity: 'critical', prompt: { en: 'Stop and ask directly about safety.' }, resources: [], nextSteps: [{ en: 'Call for help' }] },
      { id: 'words', when: risk, severity: 'warning', prompt: { en: 'Ask what they mean.' }, resources: [], nextSteps: [] },
      { id: 'yes', when: { kind: 'option-in', values: ['yes'] }, severity: 'info', prompt: { en: 'Ask what this means for them.' }, resources: [], nextSteps: [] },
    ];
  }
  return pack;
}

/** The shipped coach on this document with the coaching pack, once the detector's first pass is done. */
async function startBenchCoach() {
  const pack = coachingPack();
  const detector = createFieldDetector({ pack });
  await detector.ready;
  const overlay = mountOverlay(document);
  const container = document.createElement('div');
  overlay.shadow.append(container);
  const coach = startCoach(document, pack, detector, overlay, container);
  return { detector, overlay, container, coach };
}

/**
 * The check for the host's open popups one placing makes (utils/dom/host-popups.ts) for a field
 * scrolled into sight, in ms: the mean of 10 checks, as one is below the timer's resolution here.
 */
function popupCheckMs(controls: Element[]): number {
  controls[0]!.scrollIntoView({ block: 'center' });
  const box = boxAround(controls); // layout brought up to date outside the timing
  const start = performance.now();
  for (let i = 0; i < 10; i++) hostPopups(controls, box);
  return (performance.now() - start) / 10;
}

(globalThis as Record<string, unknown>).coachBench = { options, startBenchCoach, generatePage, renderCounts, popupCheckMs };
