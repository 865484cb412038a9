import type { ConceptCues } from './concept-cues';

export const substanceUseCues: ConceptCues = {
  concept: 'substance-use',
  note:
    'How much and how often, as AUDIT asks it (a drink word with a quantity or a frequency: "a bottle of wine ' +
    'a night", "two litres of cider a day", sv "en box vin varje helg", nb "en kartong vin hver helg") and ' +
    'the street names of drugs that DUDIT\'s substance list covers under other names (coke, gear, ket; sv ' +
    'kola, röka på; nb kola, røyke hasj). Drinking water, tea or coffee is an idiom (rules/match/idioms.ts), ' +
    'not a combination. Prescribed medicine taken beyond the prescription (more than the doctor said, extra from ' +
    'a friend, several doctors) counts, as DUDIT counts it; so do hangovers and withdrawal. A lifelong ' +
    'abstainer (teetotal, sv nykterist, absolutist, nb avholdsmann) is a denial, and so is a drink, drug or ' +
    'medicine word denied on its own ("doesn\'t drink at all"): a quiet check-in; "sober" and "nykter" tell ' +
    'of recovery, a past, and keep their warning.',
  classes: {
    strong: {
      en: ['coke', 'on the gear', 'smack', 'skunk', 'spliff', 'spliffs', 'joints', 'ket', 'mdma', 'ecstasy', 'pills at weekends',
        'on the sesh', 'crack pipe', 'dealer', 'his dealer', 'my dealer', 'owes ... dealer', 'legal highs', 'nitrous', 'pregabalin',
        'gabapentin', 'street valium', 'thc', 'oxycontin', 'oxycodone', 'xanax',
        'clonazepam', 'sober', 'alcoholics anonymous', 'aa meeting', 'aa meetings', 'at aa', '12 steps', 'twelve steps', 'withdrawal',
        'withdrawals', 'clucking', 'off the street', 'on the street', 'drug and alcohol team', 'drug service', 'alcohol service',
        'recovery service', 'drunk at work', 'problem with the wine', 'problem with drink', 'problem with alcohol',
        'hide ... bottles', 'hides ... bottles', 'hiding ... bottles', 'hidden bottles', 'hide ... empties',
        'lines of', 'a line of', 'snorting', 'snorted', 'take speed', 'taking speed', 'on speed', 'took speed', 'hangover',
        'hangovers', 'delirium tremens', 'the dts', 'stop drinking', 'quit drinking', 'come off the drink'],
      sv: ['röker på', 'röka på', 'rökt på', 'tjack', 'knarka', 'knarkar', 'langare', 'langaren', 'lyrica',
        'pregabalin', 'tramadol', 'benso', 'bensos', 'ecstasy', 'mdma', 'thc', 'hasch', 'oxycontin', 'oxykodon', 'xanax',
        'rivotril', 'klonazepam', 'nykter', 'anonyma alkoholister', 'abstinens', 'abstinensen', 'på gatan', 'påverkad',
        'beroendemottagning', 'beroendemottagningen', 'beroendevården', 'missbruksvård', 'fast i', 'beroende av',
        'gömmer ... flaskor', 'gömma ... flaskor', 'gömt ... flaskor', 'gömde ... flaskor',
        'kört ... kola', 'köra ... kola', 'kör ... kola', 'körde ... kola', 'tar kola', 'tog kola', 'snortar', 'snortade', 'linor', 'en lina',
        'tar speed', 'tog speed', 'bakis', 'bakfylla', 'baksmälla', 'delirium', 'sluta dricka', 'slutade dricka'],
      nb: ['røyke hasj', 'røyker hasj', 'røykte hasj', 'dop', 'doper', 'dealer', 'langer', 'lyrica',
        'pregabalin', 'tramadol', 'benzo', 'benzoer', 'ecstasy', 'mdma', 'thc', 'ruser seg', 'rusa seg', 'oxycontin', 'oksykodon', 'xanax', 'rivotril',
        'klonazepam', 'edru', 'rusfri', 'anonyme alkoholikere', 'abstinens', 'abstinensene', 'på gata', 'på gaten', 'påvirket',
        'ruspåvirket', 'rusteam', 'rusteamet', 'ruskonsulent', 'ruskonsulenten', 'rusomsorg', 'rusbehandling', 'hekta på', 'hektet på',
        'gjemmer ... flasker', 'gjemme ... flasker', 'gjemt ... flasker', 'gjemte ... flasker',
        'tar kola', 'tok kola', 'snorter', 'snortet', 'striper', 'en stripe', 'tar speed', 'tok speed', 'på speed',
        'bakfull', 'dagen derpå', 'delirium', 'slutte å drikke', 'sluttet å drikke', 'slutta å drikke'],
    },
    drink: {
      en: ['wine', 'cider', 'beer', 'beers', 'lager', 'cans', 'vodka', 'gin', 'rum', 'spirits', 'whisky', 'whiskey', 'booze',
        'pints', 'alcohol', 'drink', 'drinking', 'drank', 'drunk'],
      sv: ['vin', 'öl', 'cider', 'sprit', 'vodka', 'starköl', 'folköl', 'boxvin', 'dricker', 'drack', 'druckit', 'dricka', 'super',
        'söp', 'supit', 'supa'],
      nb: ['vin', 'øl', 'cider', 'sprit', 'vodka', 'pils', 'drikker', 'drakk', 'drukket', 'drikke', 'boksvin', 'kartongvin'],
    },
    amount: {
      en: ['a bottle', 'bottles', 'a litre', 'litres', 'liters', 'a day', 'a night', 'every day', 'every night', 'every morning',
        'each day', 'each night', 'daily', 'most days', 'most nights', 'every weekend', 'all weekend', 'too much', 'heavily',
        'a crate', 'a case', 'a box', 'cans a day', 'pints', 'a lot', 'loads', 'before work', 'in the morning', 'to get to sleep',
        'to cope', 'blackouts', 'black out', 'morning', 'mornings', 'at weekends', 'at the weekend', 'weekends', 'a couple of glasses', 'glasses before',
        'before the school run', 'problem', 'settle my nerves', 'calm my nerves', 'steady my nerves', 'to calm down'],
      sv: ['en flaska', 'flaskor', 'liter', 'om dagen', 'per dag', 'varje dag', 'varje kväll', 'varje morgon', 'varje helg',
        'hela helgen', 'för mycket', 'alldeles för mycket', 'mycket', 'en box', 'boxar', 'burkar', 'innan jobbet', 'på morgonen',
        'för att sova', 'för att klara', 'minnesluckor', 'morgonen', 'morgnarna', 'på helgerna', 'helgerna', 'en back', 'backar', 'problem med',
        'lugna nerverna', 'för att lugna', 'för att varva ner'],
      nb: ['en flaske', 'flasker', 'liter', 'om dagen', 'hver dag', 'hver kveld', 'hver morgen', 'hver helg', 'hele helgen',
        'for mye', 'altfor mye', 'mye', 'en kartong', 'kartonger', 'bokser', 'før jobb', 'om morgenen', 'for å sove',
        'for å takle', 'blackout', 'morgenen', 'morgenene', 'i helgene', 'i helga', 'en kasse', 'kasser', 'problem med',
        'roe nervene', 'for å roe', 'for å roe meg ned'],
    },
    // Prescribed medicine taken beyond the prescription: more than the doctor said, extra from a friend,
    // several doctors prescribing (DUDIT counts medicines used "more often or in larger doses" than prescribed).
    medicine: {
      en: ['codeine', 'co-codamol', 'tramadol', 'pills', 'tablets', 'painkillers', 'sleeping pills', 'diazepam', 'valium',
        'zopiclone', 'morphine', 'fentanyl', 'prescription', 'meds', 'medication', 'dihydrocodeine'],
      sv: ['citodon', 'kodein', 'tramadol', 'tabletter', 'piller', 'värktabletter', 'smärtstillande', 'sömntabletter',
        'stesolid', 'sobril', 'oxascand', 'imovane', 'zopiklon', 'morfin', 'fentanyl', 'recept', 'medicin', 'mediciner'],
      nb: ['paralgin', 'pinex', 'kodein', 'tramadol', 'tabletter', 'piller', 'smertestillende', 'sovetabletter', 'vival',
        'valium', 'sobril', 'imovane', 'zopiklon', 'morfin', 'fentanyl', 'resept', 'medisin', 'medisiner'],
    },
    beyondPrescription: {
      en: ['more than the doctor', 'more than prescribed', 'more ... than the doctor', 'more ... than prescribed', 'more than i should', 'more than i am supposed to', 'extra off',
        'extra from', 'off a mate', 'from a mate', 'from a friend', 'double the dose', 'double dose', 'several gps',
        'different gps', 'two gps', 'three gps', 'different doctors', 'none of them know'],
      sv: ['fler än läkaren', 'mer än läkaren', 'mer än jag ska', 'mer än ordinerat', 'fler ... än läkaren', 'mer ... än läkaren', 'extra av', 'av en kompis',
        'dubbla dosen', 'dubbel dos', 'flera läkare', 'olika läkare', 'två läkare', 'tre läkare',
        'ingen av dem vet'],
      nb: ['flere enn legen', 'mer enn legen', 'mer enn jeg skal', 'mer enn foreskrevet', 'flere ... enn legen', 'mer ... enn legen', 'ekstra av', 'av en kompis',
        'dobbel dose', 'dobbelt dose', 'fastleger', 'flere leger', 'forskjellige leger', 'to leger', 'tre leger',
        'ingen av dem vet'],
    },
  },
  rules: [
    { all: ['strong'] },
    { all: ['drink', 'amount'], within: 7 },
    { all: ['medicine', 'beyondPrescription'], within: 10 },
  ],
  // A lifelong abstainer, as a note says it: no use to ask about, though "sober" (in recovery) tells of a past.
  denials: {
    en: ['teetotal', 'teetotaller', 'teetotaler', 'lifelong abstainer', 'never touched a drop'],
    sv: ['nykterist', 'helnykterist', 'absolutist', 'aldrig smakat alkohol'],
    nb: ['avholdsmann', 'avholdskvinne', 'avholdsperson', 'totalavholdende', 'absolutist', 'aldri smakt alkohol'],
  },
  deniedAlone: ['strong', 'drink', 'medicine'],
};
