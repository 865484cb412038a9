// Bundled into the benchmark page by tests/bench/sections/coach.mjs: the shipped
// coach (overlay, answer reading, follow-up evaluation) on the detection
// benchmark's generated page and 300-item pack, with follow-ups added.
import { options } from 'preact';
import type { CompiledPack } from '../../../rules/compiled-pack';
import { createFieldDetector } from '../../../utils/dom/field-detector';
import { mountOverlay } from '../../../components/overlay/mount-overlay';
import { startCoach } from '../../../entrypoints/content/coach';
import { compileCondition } from '../../../rules/compile-condition';
import { benchPack, generatePage } from './detection.entry';

/** The benchmark pack with coaching content: rewordings, why, and a free-text and an option follow-up on every item. */
function coachingPack(): CompiledPack {
  const pack = benchPack();
  // Compiled the way the pack compiler compiles a supervisor's word list.
  const risk = compileCondition({ text: ['take my life', 'kill myself', 'hurt myself', 'no reason to live', 'suicid*', 'self harm*', 'overdos*'] });
  for (const item of pack.items) {
    item.rewordings = [{ text: { en: `What can you tell me about ${item.id}?` } }, { text: { en: `How is it going with ${item.id}?` } }];
    item.why = { purpose: { en: 'So we can offer the right support.' } };
    item.followUps = [
      { id: 'risk', when: risk, severity: 'critical', prompt: { en: 'Stop and ask directly about safety.' }, resources: [], nextSteps: [{ en: 'Call for help' }] },
      { id: 'yes', when: { kind: 'option-in', values: ['yes'] }, severity: 'info', prompt: { en: 'Ask what this means for them.' }, resources: [], nextSteps: [] },
    ];
  }
  return pack;
}

(globalThis as Record<string, unknown>).coachBench = { options, createFieldDetector, mountOverlay, startCoach, coachingPack, generatePage };
