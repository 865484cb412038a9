import type { ConceptCues } from './concept-cues';

/** Criminal justice is read by its phrases (rules/lexicon/criminal-justice.ts); these cues only add what denies it. */
export const criminalJusticeCues: ConceptCues = {
  concept: 'criminal-justice',
  note:
    'No combinations: a record is told by its own words. What a note writes for "no record" (sv "ostraffad", ' +
    'nb "ustraffet", "plettfri vandel", en "clean record") is a denial of the topic: a quiet check-in, as "No ' +
    'criminal record" is.',
  classes: {},
  rules: [],
  denials: {
    en: ['clean record', 'clean criminal record', 'clean dbs', 'clear dbs', 'never been in trouble with the police'],
    sv: ['ostraffad', 'tidigare ostraffad', 'ostraffat förflutet'],
    nb: ['ustraffet', 'tidligere ustraffet', 'plettfri vandel', 'ren vandel'],
  },
};
