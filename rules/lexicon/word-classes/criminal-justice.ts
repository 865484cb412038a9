import type { ConceptCues } from './concept-cues';

/** Criminal justice is read by its phrases (rules/lexicon/criminal-justice.ts); these cues only add what denies it. */
export const criminalJusticeCues: ConceptCues = {
  concept: 'criminal-justice',
  note:
    'No combinations: a record is told by its own words. What a note writes for "no record" (sv "ostraffad", ' +
    'nb "ustraffet", "plettfri vandel", en "clean record") is a denial of the topic: a quiet check-in, as "No ' +
    'criminal record" is, and so is the police or a court denied ("never had anything to do with the police").',
  classes: {
    /**
     * The police and the courts, read only when denied ("never been in trouble with the police", "aldrig haft med
     * polisen att göra", "ingen sak hos politiet"): in no rule, since a victim meets them too.
     */
    justice: {
      en: ['police', 'court', 'courts', 'police matter', 'trouble with the police', 'the law'],
      sv: ['polisen', 'polis', 'domstol', 'tingsrätten', 'rätten', 'polisärende'],
      nb: ['politiet', 'politi', 'domstol', 'tingretten', 'retten', 'rettsvesen', 'rettsvesenet', 'politisak'],
    },
  },
  rules: [],
  deniedAlone: ['justice'],
  denials: {
    en: ['clean record', 'clean criminal record', 'clean dbs', 'clear dbs', 'clean police check', 'never been in trouble with the police'],
    sv: ['ostraffad', 'tidigare ostraffad', 'ostraffat förflutet', 'rent belastningsregister', 'tomt belastningsregister',
      'inget i belastningsregistret', 'rent brottsregister'],
    nb: ['ustraffet', 'tidligere ustraffet', 'plettfri vandel', 'ren vandel', 'blankt rulleblad', 'rent rulleblad',
      'plettfri politiattest', 'ren politiattest', 'blank politiattest', 'ren straffeattest', 'blank straffeattest'],
  },
};
