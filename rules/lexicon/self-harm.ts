import type { Concept } from './concept';

export const selfHarm: Concept = {
  id: 'self-harm',
  title: 'Self-harm: hurting oneself on purpose, without the aim of dying',
  sources:
    'The self-injury behaviours clinical screening names (cutting, burning, hitting oneself; the ' +
    'self-harm part of PHQ-9 item 9 and of the Columbia screener\'s behaviour questions) and the ' +
    'Swedish and Norwegian terms services use (självskadebeteende, selvskading). Everyday forms, ' +
    'not instrument wording. A bare "cut" or "burn" is left out: too common in other senses, and ' +
    '"cut back on", sv "skära ner", nb "kutte ned" (spending less) are everyday idioms (rules/match/idioms.ts). ' +
    'Acts are written with the reflexive (sv "skär sig", nb "kutter seg"): they count for anyone who does them to ' +
    'themself, the client\'s "jeg kutter meg" too, never for "han kuttet meg med kniven" (violence by another).',
  words: {
    en: [
      'self-harm', 'self harm', 'selfharm', 'self-harming', 'self-injury', 'self injure', 'self-inflicted',
      'hurt myself', 'hurting myself', 'harm myself', 'harming self', 'harm self', 'hurting self', 'cut myself', 'cutting myself', 'burn myself',
      'burning myself', 'hit myself', 'bang my head against', 'scratch myself until', 'cut my arms',
      'cut my legs', 'cut my wrists', 'cutting my arms', 'cutting my wrists', 'burn my arms', 'burned my arms',
      'burn my skin', 'cigarette burns', 'cut ... arms', 'cut ... wrists', 'cuts on her arms',
      'until it bleeds', 'until i bleed',
    ],
    sv: [
      'självskada', 'självskadebeteende', 'självskadande', 'skada mig själv', 'skadar mig själv', 'skär sig',
      'skära sig', 'bränner sig', 'bränna sig', 'rispar sig', 'rispa sig', 'slår mig själv', 'skär ... armarna',
      'bränner ... armarna', 'rispar ... armarna', 'slår sig själv', 'tills det blöder', 'tills jag blöder',
    ],
    nb: [
      'selvskading', 'selvskade', 'sjølvskading', 'sjølvskade', 'selvpåført', 'skade meg selv', 'skader meg selv', 'kutte seg', 'kutter seg',
      'skjære seg', 'skjærer seg', 'brenne seg', 'slå meg selv', 'kutter ... armene',
      'brenner ... armene', 'risper ... armene', 'risper seg', 'til det blør', 'til jeg blør',
    ],
  },
};
