import type { ConceptCues } from './concept-cues';

/** Criminal justice is read by its phrases (rules/lexicon/criminal-justice.ts); these cues only add what denies it. */
export const criminalJusticeCues: ConceptCues = {
  concept: 'criminal-justice',
  aboutOwnActs: true,
  note:
    'A record is told by its own words, and by a court the client goes to with an offence or an outcome ("upp i ' +
    'tingsrätten för misshandel", nb "i tingretten fikk jeg ti måneder"), as a party, not as a witness or a juror. What a note writes for "no record" (sv "ostraffad", ' +
    'nb "ustraffet", "plettfri vandel", en "clean record") is a denial of the topic: a quiet check-in, as "No ' +
    'criminal record" is, and so is the police or a court denied ("never had anything to do with the police").',
  classes: {
    /** A court a client goes to as a party, told with an offence or an outcome ("upp i tingsrätten … misshandel"). */
    court: {
      en: ['magistrates', 'crown court', 'in court', 'to court', 'the court', 'court hearing', 'hearing'],
      sv: ['tingsrätten', 'tingsrätt', 'hovrätten', 'rätten', 'domstolen', 'förhandling', 'förhandlingen'],
      nb: ['tingretten', 'tingrett', 'lagmannsretten', 'retten', 'domstolen', 'høyesterett', 'innkalt til retten'],
    },
    offence: {
      en: ['assault', 'theft', 'burglary charge', 'shoplifting', 'fraud', 'possession', 'criminal damage', 'affray', 'common assault',
        'drugs charge', 'drug charge', 'dealing', 'handling stolen', 'driving while disqualified', 'drink driving', 'drink-driving',
        'driving without a licence', 'dangerous driving'],
      sv: ['misshandel', 'stöld', 'snatteri', 'bedrägeri', 'narkotikabrott', 'ringa narkotikabrott', 'skadegörelse', 'olaga hot',
        'rån', 'häleri', 'narkotika', 'vapenbrott', 'olovlig körning', 'rattfylla', 'grov rattfylla', 'vårdslöshet i trafik'],
      nb: ['legemsbeskadigelse', 'tyveri', 'naskeri', 'bedrageri', 'narkotikalovbrudd', 'narkotika', 'skadeverk', 'trusler', 'ran',
        'heleri', 'vold mot', 'den greia med', 'kjøring uten førerkort', 'kjøring uten førerrett', 'promillekjøring', 'fyllekjøring',
        'ruspåvirket kjøring'],
    },
    outcome: {
      en: ['fined', 'a fine', 'months', 'suspended sentence', 'community order', 'unpaid work', 'appeal', 'guilty', 'pleaded',
        'plead guilty', 'not guilty plea'],
      sv: ['böter', 'månader', 'villkorlig', 'fängelse', 'samhällstjänst', 'överklagat', 'överklagar', 'skyldig', 'dömdes'],
      nb: ['bot', 'måneder', 'betinget', 'samfunnsstraff', 'anke', 'anket', 'skyldig', 'dømt', 'fikk ... måneder'],
    },
    /**
     * The police and the courts, read only when denied ("never been in trouble with the police", "aldrig haft med
     * polisen att göra", "ingen sak hos politiet"): in no rule, since a victim meets them too.
     */
    justice: {
      // and a short field's record denied by itself ("no record", "no previous", "inga anmärkningar", "ingen anmerkninger")
      en: ['police', 'court', 'courts', 'police matter', 'trouble with the police', 'the law', 'record', 'records', 'previous', 'priors'],
      sv: ['polisen', 'polis', 'domstol', 'tingsrätten', 'rätten', 'polisärende', 'anmärkning', 'anmärkningar', 'tidigare domar'],
      nb: ['politiet', 'politi', 'domstol', 'tingretten', 'retten', 'rettsvesen', 'rettsvesenet', 'politisak', 'anmerkning', 'anmerkninger',
        'merknader', 'tidligere dommer'],
    },
  },
  rules: [
    // "Jag ska upp i tingsrätten nästa vecka. Det gäller misshandel.": a note may give the offence a sentence of its own
    { all: ['court', 'offence'], within: 14, sentences: 2 },
    { all: ['court', 'outcome'], within: 8 },
    { all: ['outcome', 'offence'], within: 6 },
  ],
  // A witness, a juror or a lay judge meets the court and the charge too, in another role.
  innocent: {
    en: ['as a witness', 'witness', 'juror', 'jury service', 'on a jury'],
    sv: ['som vittne', 'vittne', 'vittnade', 'vittna', 'vittnar', 'nämndeman', 'nämndemän'],
    nb: ['som vitne', 'vitne', 'vitnet', 'vitner', 'meddommer', 'lagrettemedlem'],
  },
  innocentCoversWords: true,
  deniedAlone: ['justice'],
  denials: {
    en: ['clean record', 'clean criminal record', 'clean dbs', 'clear dbs', 'clean police check', 'never been in trouble with the police',
      'dbs came back clear', 'dbs came back clean', 'dbs check came back clear', 'dbs check came back clean', 'came back clear',
      'came back clean'],
    sv: ['ostraffad', 'tidigare ostraffad', 'ostraffat förflutet', 'rent belastningsregister', 'tomt belastningsregister',
      'inget i belastningsregistret', 'rent brottsregister', 'belastningsregistret var tomt', 'utdraget var tomt',
      'belastningsregistret är tomt'],
    nb: ['ustraffet', 'tidligere ustraffet', 'plettfri vandel', 'ren vandel', 'blankt rulleblad', 'rent rulleblad',
      'plettfri politiattest', 'ren politiattest', 'blank politiattest', 'ren straffeattest', 'blank straffeattest',
      'politiattesten var blank', 'politiattesten var ren', 'attesten var blank'],
  },
};
