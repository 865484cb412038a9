import type { ConceptCues } from './concept-cues';

export const substanceUseCues: ConceptCues = {
  concept: 'substance-use',
  aboutOwnActs: true,
  note:
    'How much and how often, as AUDIT asks it (a drink word with a quantity or a frequency: "a bottle of wine ' +
    'a night", "two litres of cider a day", sv "en box vin varje helg", nb "en kartong vin hver helg") and ' +
    'the street names of drugs that DUDIT\'s substance list covers under other names (coke, gear, ket; sv ' +
    'kola, röka på; nb kola, røyke hasj). Drinking water, tea or coffee is an idiom (rules/match/idioms.ts), ' +
    'not a combination. Prescribed medicine taken beyond the prescription (more than the doctor said, extra from ' +
    'a friend, several doctors) counts, as DUDIT counts it; so do hangovers and withdrawal. A lifelong ' +
    'abstainer (teetotal, sv nykterist, absolutist, nb avholdsmann) is a denial, and so is a drink, drug or ' +
    'medicine word denied on its own ("doesn\'t drink at all"): a quiet check-in. Sober for years ("sober for ' +
    'nine years", sv "nykter sedan 2014", nb "edru i åtte år") denies the present, and a past told before it, as ' +
    'outside writers of case notes read it; "sober" alone, or for days, weeks or months, tells of early recovery and ' +
    'keeps the warning, as does a relapse told after it. A prescription-only medicine named with how it was got ' +
    '(bought, online, a relative\'s, no longer prescribed, runs out early) is DUDIT\'s use without a prescription; ' +
    'pills at a party or a night out count; taken "as prescribed" explains a medicine innocently.',
  classes: {
    strong: {
      en: ['hooked on', 'coke', 'on the gear', 'smack', 'skunk', 'spliff', 'spliffs', 'joints', 'ket', 'mdma', 'ecstasy', 'pills at weekends',
        'on the sesh', 'crack pipe', 'dealer', 'his dealer', 'my dealer', 'owes ... dealer', 'legal highs', 'nitrous', 'pregabalin',
        'gabapentin', 'street valium', 'thc', 'oxycontin', 'oxycodone', 'xanax',
        'clonazepam', 'sober', 'alcoholics anonymous', 'aa meeting', 'aa meetings', 'at aa', '12 steps', 'twelve steps', 'withdrawal',
        'withdrawals', 'clucking', 'off the street', 'on the street', 'drug and alcohol team', 'drug service', 'alcohol service',
        'recovery service', 'drunk at work', 'problem with the wine', 'problem with drink', 'problem with alcohol',
        'hide ... bottles', 'hides ... bottles', 'hiding ... bottles', 'hidden bottles', 'hide ... empties',
        'lines of', 'a line of', 'snorting', 'snorted', 'take speed', 'taking speed', 'on speed', 'took speed', 'hangover',
        'hangovers', 'delirium tremens', 'the dts', 'stop drinking', 'quit drinking', 'come off the drink',
        // chewed leaf; club drugs by name (GHB and GBL, LSD); drinking taken up again; carried to work; driving on it
        'khat', 'qat', 'ghb', 'gbl', 'lsd', 'magic mushrooms', 'mephedrone', 'drinking again', 'back on the drink', 'hip flask', 'drink driving', 'drink-driving', 'drunk driving',
        // a herb named by a smoking verb ("grass" and "pot" alone are a lawn and a pan)
        'smoke ... grass', 'smokes ... grass', 'smoking ... grass', 'smoked ... grass', 'smoke pot', 'smokes pot', 'smoking pot', 'smoked pot',
        'smoke a bit of pot', 'smokes a bit of pot'],
      sv: ['röker på', 'röka på', 'rökt på', 'tjack', 'knarka', 'knarkar',
        // a dealer named with what is owed him: "langare" alone shares its stem with nb "lang" (long)
        'skulder till ... langare', 'skuld till ... langare', 'skyldig ... langare', 'snapchat-langare', 'langare på snapchat', 'lyrica',
        'pregabalin', 'tramadol', 'benso', 'bensos', 'ecstasy', 'mdma', 'thc', 'hasch', 'oxycontin', 'oxykodon', 'xanax',
        'rivotril', 'klonazepam', 'nykter', 'anonyma alkoholister', 'abstinens', 'abstinensen', 'på gatan', 'påverkad',
        'beroendemottagning', 'beroendemottagningen', 'beroendevården', 'missbruksvård', 'fast i', 'beroende av',
        'gömmer ... flaskor', 'gömma ... flaskor', 'gömt ... flaskor', 'gömde ... flaskor',
        'kört ... kola', 'köra ... kola', 'kör ... kola', 'körde ... kola', 'tar kola', 'tog kola', 'snortar', 'snortade', 'linor', 'en lina',
        'tar speed', 'tog speed', 'bakis', 'bakfylla', 'baksmälla', 'delirium', 'sluta dricka', 'slutade dricka',
        'khat', 'ghb', 'gbl', 'lsd', 'dricka igen', 'dricker igen', 'druckit igen', 'plunta', 'fickplunta', 'rattfylla', 'rattonykter',
        'druckit sig medvetslös', 'dricker sig medvetslös', 'dricker sig full', 'super sig full', 'går till systemet',
        // a herb named by a smoking verb ("gräs" alone is a lawn)
        'röker ... gräs', 'röka ... gräs', 'rökt ... gräs', 'rökte ... gräs', 'röker ... braj', 'röka ... braj', 'rökt ... braj', 'rökte ... braj', 'röker weed', 'rökte weed'],
      nb: ['røyke hasj', 'røyker hasj', 'røykte hasj', 'dop', 'doper', 'dealer',
        // dealing, with what is dealt or owed: "langer" alone shares its stem with "lang", "lange", "langt" (long)
        'langer hasj', 'langer dop', 'langer narkotika', 'langer kokain', 'langer piller', 'langer tabletter', 'langer amfetamin', 'skylder ... langer', 'gjeld til ... langer',
        'lyrica',
        'pregabalin', 'tramadol', 'benzo', 'benzoer', 'ecstasy', 'mdma', 'thc', 'ruser seg', 'rusa seg', 'oxycontin', 'oksykodon', 'xanax', 'rivotril',
        'klonazepam', 'edru', 'rusfri', 'anonyme alkoholikere', 'abstinens', 'abstinensene', 'på gata', 'på gaten', 'påvirket',
        'ruspåvirket', 'rusteam', 'rusteamet', 'ruskonsulent', 'ruskonsulenten', 'rusomsorg', 'rusbehandling', 'hekta på', 'hektet på',
        'gjemmer ... flasker', 'gjemme ... flasker', 'gjemt ... flasker', 'gjemte ... flasker',
        'tar kola', 'tok kola', 'snorter', 'snortet', 'striper', 'en stripe', 'tar speed', 'tok speed', 'på speed',
        'bakfull', 'dagen derpå', 'delirium', 'slutte å drikke', 'sluttet å drikke', 'slutta å drikke',
        'khat', 'ghb', 'gbl', 'lsd', 'drikke igjen', 'drikker igjen', 'drukket igjen', 'lommelerke', 'fyllekjøring', 'promillekjøring',
        'drikker seg full', 'drakk seg full', 'drukket seg full', 'drikker seg bevisstløs', 'drikker tett', 'går til polet', 'på polet',
        // a herb named by a smoking verb ("gress" alone is a lawn)
        'røyker ... gress', 'røyke ... gress', 'røykt ... gress', 'røykte ... gress', 'røyker weed', 'røyke weed', 'røykte weed'],
    },
    drink: {
      en: ['wine', 'cider', 'beer', 'beers', 'of lager', 'strong lager', 'drinks lager', 'drinking lager', 'cans', 'tinnies', 'vodka', 'gin', 'rum', 'spirits', 'whisky', 'whiskey', 'booze',
        'pints', 'alcohol', 'drink', 'drinking', 'drank', 'drunk', 'sherry', 'brandy', 'cognac', 'red wine', 'white wine', 'a few glasses', 'several glasses', 'a can', 'six-pack', 'sixpack', 'six pack'],
      sv: ['vin', 'öl', 'cider', 'sprit', 'vodka', 'starköl', 'folköl', 'boxvin', 'dricker', 'drack', 'druckit', 'dricka', 'super',
        'söp', 'supit', 'supa', 'konjak', 'brännvin', 'whisky', 'snaps', 'rödvin', 'vitt vin', 'vitvin', 'starkvin', 'några glas', 'ett par glas', 'alkis', 'sexpack', 'sexpacket'],
      nb: ['vin', 'øl', 'cider', 'sprit', 'vodka', 'pils', 'drikker', 'drakk', 'drukket', 'drikke', 'boksvin', 'kartongvin', 'akevitt', 'konjakk', 'whisky', 'brennevin', 'rødvin', 'hvitvin', 'dram', 'drammer', 'noen glass', 'et par glass', 'alkis', 'sekspakning', 'sekspakningen', 'seksarpakning'],
    },
    amount: {
      en: ['a bottle', 'bottles', 'a litre', 'litres', 'liters', 'a day', 'a night', 'every day', 'every night', 'every morning',
        'each day', 'each night', 'daily', 'most days', 'most nights', 'every weekend', 'all weekend', 'too much', 'heavily',
        'a crate', 'a case', 'a box', 'cans a day', 'pints', 'a lot', 'loads', 'before work', 'in the morning', 'to get to sleep',
        'to cope', 'blackouts', 'black out', 'morning', 'mornings', 'at weekends', 'at the weekend', 'weekends', 'a couple of glasses', 'glasses before',
        'before the school run', 'problem', 'alone', 'on my own', 'by myself', 'settle my nerves', 'calm my nerves', 'steady my nerves', 'to calm down',
        'a week', 'per week', 'most of the bottle', 'every afternoon', 'all day', 'at work', 'takes the edge off', 'pass out',
        'passes out', 'passed out', 'before i go', 'a few more', 'more than i should', 'stop shaking', 'the shakes', 'before i pick up'],
      sv: ['en flaska', 'flaskor', 'litervis', 'liter om dagen', 'liter per dag', 'om dagen', 'per dag', 'varje dag', 'varje kväll', 'varje morgon', 'varje helg',
        'hela helgen', 'för mycket', 'alldeles för mycket', 'mycket', 'en box', 'boxar', 'burkar', 'innan jobbet', 'på morgonen',
        'för att sova', 'för att klara', 'minnesluckor', 'morgonen', 'morgnarna', 'på helgerna', 'helgerna', 'en back', 'backar', 'problem med',
        'lugna nerverna', 'för att lugna', 'för att varva ner',
        'i veckan', 'per vecka', 'hela dagarna', 'mer än jag borde', 'sluta skaka', 'innan jag hämtar', 'till frukost', 'på jobbet', 'om kvällarna', 'på kvällarna',
        'en hel del', 'ensam', 'själv hemma', 'däckar', 'däckade', 'medvetslös', 'innan jag går'],
      nb: ['en flaske', 'flasker', 'litervis', 'liter om dagen', 'liter hver dag', 'om dagen', 'hver dag', 'hver kveld', 'hver morgen', 'hver helg', 'hele helgen',
        'for mye', 'altfor mye', 'mye', 'en kartong', 'kartonger', 'bokser', 'før jobb', 'om morgenen', 'for å sove',
        'for å takle', 'blackout', 'morgenen', 'morgenene', 'i helgene', 'i helga', 'en kasse', 'kasser', 'problem med',
        'roe nervene', 'for å roe', 'for å roe meg ned',
        'i uka', 'i uken', 'per uke', 'mer enn jeg burde', 'slutte å skjelve', 'før jeg henter', 'til frokost', 'på jobben', 'hver ettermiddag', 'en god del', 'i strekk',
        'før jeg går', 'ellers klarer jeg ikke', 'alene', 'aleine', 'åleine', 'åleine', 'flere etterpå'],
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
      en: ['more than the doctor', 'more than prescribed', 'more ... than the doctor', 'more ... than prescribed', 'than prescribed', 'than the doctor said', 'than the gp said', 'at a time', 'doubles them', 'double them up', 'doubles them up', 'taking extra', 'a few extra', 'more than i should', 'more than i am supposed to', 'extra off',
        // the medicine named inside the comparison ("more of her painkillers than she should"); a doctor who stopped prescribing
        'more ... than i should', 'more ... than i am supposed to', 'more ... than i am meant to', 'more of ... than i should',
        'more of ... than prescribed', 'more of ... than the doctor', 'more of ... than the gp', 'stopped prescribing', 'stopped ... prescription',
        // who prescribed it named between ("than the GP prescribed", "than her psychiatrist prescribed")
        'than ... prescribed', 'than ... prescribes',
        'extra from', 'off a mate', 'from a mate', 'from a friend', 'double the dose', 'double dose', 'several gps',
        'different gps', 'two gps', 'three gps', 'different doctors', 'none of them know'],
      sv: ['fler än läkaren', 'mer än läkaren', 'mer än jag ska', 'mer än ordinerat', 'mer ... än jag ska', 'mer ... än jag borde', 'fler ... än jag ska',
        'slutade skriva ut', 'slutat skriva ut', 'slutade förskriva', 'slutat förskriva', 'än förskrivet', 'än ordinerat', 'än utskrivet', 'fler ... än läkaren', 'mer ... än läkaren', 'extra av', 'av en kompis',
        'än ... skrivit ut', 'än ... skrev ut', 'än ... ordinerat', 'än ... förskrivit',
        'dubbla dosen', 'dubbel dos', 'flera läkare', 'olika läkare', 'två läkare', 'tre läkare',
        'ingen av dem vet'],
      nb: ['flere enn legen', 'mer enn legen', 'mer enn jeg skal', 'mer enn foreskrevet', 'mer ... enn jeg skal', 'mer ... enn jeg burde', 'flere ... enn jeg skal',
        'sluttet å skrive ut', 'slutta å skrive ut', 'sluttet å skrive ... ut', 'enn foreskrevet', 'enn forskrevet', 'enn resepten', 'flere ... enn legen', 'mer ... enn legen', 'ekstra av', 'av en kompis',
        'enn ... skrevet ut', 'enn ... skrev ut', 'enn ... foreskrevet', 'enn ... forskrevet',
        'dobbel dose', 'dobbelt dose', 'fastleger', 'flere leger', 'forskjellige leger', 'to leger', 'tre leger',
        'ingen av dem vet'],
    },

    // Prescription-only medicines by name: bought, borrowed or taken from someone else, or no longer prescribed, they
    // are used outside a prescription (DUDIT's "medicines … without a prescription").
    controlled: {
      en: ['codeine', 'co-codamol', 'dihydrocodeine', 'tramadol', 'diazepam', 'valium', 'zopiclone', 'morphine', 'fentanyl',
        'oxy', 'oxycodone', 'oxynorm', 'pregabalin', 'gabapentin', 'xanax', 'alprazolam', 'zolpidem', 'temazepam', 'lorazepam'],
      sv: ['citodon', 'kodein', 'tramadol', 'diazepam', 'stesolid', 'sobril', 'oxascand', 'imovane', 'zopiklon', 'morfin',
        'fentanyl', 'oxynorm', 'oxykodon', 'pregabalin', 'lyrica', 'xanor', 'alprazolam', 'zolpidem', 'stilnoct', 'bensodiazepiner'],
      nb: ['paralgin', 'pinex forte', 'kodein', 'tramadol', 'diazepam', 'vival', 'valium', 'sobril', 'imovane', 'zopiklon',
        'morfin', 'fentanyl', 'oxynorm', 'oksykodon', 'pregabalin', 'lyrica', 'xanor', 'alprazolam', 'zolpidem', 'stilnoct'],
    },
    // Pills at a party or a weekend out ("noen piller på fest", "tar piller när vi går ut"): not a prescription's use.
    pills: { en: ['pills', 'a pill'], sv: ['piller', 'ett piller'], nb: ['piller', 'en pille'] },
    party: {
      en: ['party', 'parties', 'partying', 'a rave', 'raves', 'festival', 'clubbing', 'night out', 'nights out'],
      sv: ['fest', 'festen', 'fester', 'festar', 'festa', 'rejv', 'festival', 'krogen', 'går ut', 'ute på stan'],
      nb: ['fest', 'festen', 'fester', 'fester', 'festival', 'på byen', 'ut på byen', 'rave', 'vorspiel', 'nachspiel'],
    },
    // A need: the day, the evening or sleep that cannot be got through without it ("can't get through the afternoon
    // without a few cans", sv "klarar inte kvällen utan vin", nb "ingen helg uten en kasse øl"): AUDIT's "needed a first
    // drink". The cue holds its negation, and rules/match/negation.ts ends a negation's reach at a "without" inside it;
    // a little word may carry the reach further than one gap ("can't face the job centre without").
    need: {
      en: ['not ... without', 'not ... the ... without', 'not ... a ... without', 'not ... my ... without', 'not ... through ... without',
        'never ... without', 'never ... a ... without', 'never ... the ... without'],
      sv: ['inte ... utan', 'inte ... en ... utan', 'inte ... ett ... utan', 'inte ... min ... utan', 'aldrig ... utan', 'ingen ... utan'],
      nb: ['ikke ... uten', 'ikke ... en ... uten', 'ikke ... et ... uten', 'ikke ... min ... uten', 'ikke ... gjennom ... uten', 'aldri ... uten',
        'ingen ... uten', 'ikkje ... utan', 'aldri ... utan', 'ikkje ... ein ... utan'],
    },
    // Drink that changes the person (someone the family no longer knows), and one drink that is never one (AUDIT: unable to
    // stop once started). "Never stop at one" holds its own negation.
    changed: {
      en: ['different person', 'another person', 'someone else', 'not myself', 'turns nasty', 'gets nasty', 'turns aggressive', 'gets aggressive'],
      sv: ['en annan människa', 'en annan person', 'inte mig själv', 'blir elak', 'blir aggressiv', 'blir otrevlig'],
      nb: ['en annen person', 'et annet menneske', 'ikke meg selv', 'blir slem', 'blir aggressiv', 'blir ekkel'],
    },
    // Drink that takes the money of the month: "drinks his wages away", sv "super bort försörjningsstödet", nb "drikker opp
    // trygda".
    drinkAway: {
      en: ['drinks ... away', 'drink ... away', 'drank ... away', 'drinking ... away', 'drunk ... away', 'spends ... on drink',
        'spend ... on drink', 'spent ... on drink', 'spending ... on drink', 'goes on drink', 'go on drink', 'went on drink', 'goes on booze',
        'goes on alcohol', 'goes on wine', 'goes on beer'],
      sv: ['super bort', 'söp bort', 'supit bort', 'super upp', 'söp upp', 'supit upp', 'dricker upp', 'drack upp', 'druckit upp',
        'dricker bort', 'drack bort', 'druckit bort', 'lägger ... på sprit', 'lade ... på sprit', 'går ... till sprit'],
      nb: ['drikker opp', 'drakk opp', 'drukket opp', 'drikker bort', 'drakk bort', 'drukket bort', 'bruker ... på sprit',
        'brukte ... på sprit', 'går ... til sprit', 'går ... til fyll'],
    },
    // Shaking in the morning until a drink (AUDIT's "eye-opener"; withdrawal): "my hands shake in the morning until I've
    // had a drink", sv "skakar på morgnarna tills jag fått i mig något att dricka", nb "skjelver om morgenen til jeg får drukket".
    morningShakes: {
      en: ['shake in the morning', 'shaking in the morning', 'shake first thing', 'hands shake', 'hands are shaking', 'shaky in the morning',
        'morning shakes', 'the shakes'],
      sv: ['skakar på morgonen', 'skakar på morgnarna', 'darrar på morgonen', 'darrar på morgnarna', 'händerna skakar', 'händerna darrar',
        'skakig på morgonen', 'skakig på morgnarna'],
      nb: ['skjelver om morgenen', 'skjelver på morgenen', 'skjelver om morgenene', 'hendene skjelver', 'skjelven om morgenen',
        'skaller om morgenen'],
    },
    money: {
      en: ['wages', 'money', 'benefits', 'benefit', 'pay', 'rent', 'universal credit', 'giro', 'dole', 'pension', 'salary'],
      sv: ['pengar', 'pengarna', 'lönen', 'bidraget', 'bidrag', 'försörjningsstöd*', 'hyran', 'pensionen', 'a-kassan', 'sjukpenningen',
        'socialbidraget', 'ekonomiskt bistånd'],
      nb: ['penger', 'pengene', 'lønna', 'lønnen', 'trygda', 'trygden', 'stønad*', 'sosialstønad*', 'husleia', 'husleien', 'pensjonen',
        'dagpengene', 'sosialhjelp*', 'lommepengene'],
    },
    oneDrink: {
      en: ['never stop at one', 'not stop at one', 'not stop at just one', 'never stop after one', 'not stop after one'],
      sv: ['aldrig sluta efter ett', 'inte sluta efter ett', 'inte stanna vid ett', 'aldrig stanna vid ett', 'inte nöja mig med ett'],
      nb: ['aldri stoppe etter ett', 'ikke stoppe etter ett', 'ikke stoppe på ett', 'aldri stoppe på ett', 'ikke slutte etter ett',
        'ikke nøye meg med ett'],
    },
    obtained: {
      en: ['buy', 'buys', 'buying', 'bought', 'online', 'on the internet', 'off someone', 'off a guy', 'off her', 'off him',
        "mum's", "mums", "dad's", "partner's", "friend's", 'borrow', 'borrows', 'borrowed', 'not mine', 'not prescribed',
        "aren't mine", 'are not mine', "won't prescribe", "wouldn't prescribe", 'stopped prescribing', 'runs out', 'run out', 'ran out', 'before the repeat',
        "isn't aware", "doesn't know", 'not aware'],
      sv: ['köper', 'köpte', 'köpt', 'på nätet', 'via nätet', 'på internet', 'via en bekant', 'av en bekant', 'lånar', 'lånade',
        'inte mina', 'inte är mina', 'inte förskrivna', 'inte utskrivna', 'slutat skriva ut', 'slutade skriva ut', 'vill inte skriva ut',
        'tar slut', 'tagit slut', 'sambos', 'mammas', 'pappas', 'från mamma', 'extra'],
      nb: ['kjøper', 'kjøpte', 'kjøpt', 'på nettet', 'via nettet', 'på internett', 'av en kjent', 'låner', 'lånte', 'ikke mine',
        'ikke er mine', 'ikke foreskrevet', 'vil ikke skrive ut', 'sluttet å skrive ut', 'tar slutt', 'er tomme', 'fra moren', 'fra mora',
        'fra faren', 'fra mamma', 'be om mer', 'bedt om mer', 'fortere enn det skal', 'ekstra'],
    },
  },
  rules: [
    { all: ['strong'] },
    { all: ['drink', 'amount'], within: 7 },
    { all: ['medicine', 'beyondPrescription'], within: 10 },
    // a named medicine is specific enough for a sentence of a note between it and how it is got
    { all: ['controlled', 'beyondPrescription'], within: 16 },
    { all: ['controlled', 'obtained'], within: 16 },
    { all: ['pills', 'party'], within: 10 },
    { all: ['need', 'drink'], within: 12 },
    { all: ['need', 'strong'], within: 12 },
    { all: ['changed', 'drink'], within: 10 },
    { all: ['drinkAway', 'money'], within: 6 },
    { all: ['morningShakes', 'drink'], within: 12 },
    { all: ['oneDrink', 'drink'], within: 12 },
    { all: ['oneDrink'] },
  ],
  // A lifelong abstainer, as a note says it: no use to ask about, though "sober" (in recovery) tells of a past.
  denials: {
    en: ['teetotal', 'teetotaller', 'teetotaler', 'lifelong abstainer', 'never touched a drop', 'not touched a drop', 'not had a drop', 'not drunk a drop'],
    sv: ['nykterist', 'helnykterist', 'absolutist', 'aldrig smakat alkohol', 'inte rört en droppe', 'aldrig rört en droppe', 'inte druckit en droppe',
      'inte smakat en droppe'],
    nb: ['avholdsmann', 'avholdskvinne', 'avholdsperson', 'totalavholdende', 'absolutist', 'aldri smakt alkohol', 'ikke rørt en dråpe', 'aldri rørt en dråpe',
      'ikke drukket en dråpe', 'ikke smakt en dråpe'],
  },
  deniedAlone: ['strong', 'drink', 'medicine', 'controlled'],
  // Taken as the doctor prescribed: no use beyond the prescription ("takes her pregabalin as directed").
  innocent: {
    // …and less of it than prescribed ("takes fewer tablets than the GP prescribed", sv "färre än", nb "færre enn")
    en: ['as prescribed', 'as directed', 'on prescription as', 'exactly as the doctor said', 'less than prescribed', 'fewer than prescribed',
      'fewer ... than ... prescribed', 'less ... than ... prescribed'],
    sv: ['som ordinerat', 'enligt ordination', 'som förskrivet', 'som läkaren sagt', 'enligt recept', 'färre ... än ... skrivit ut',
      'mindre ... än ... skrivit ut', 'färre än ordinerat', 'mindre än ordinerat'],
    nb: ['som foreskrevet', 'som forskrevet', 'etter resept', 'som legen har sagt', 'etter forskriften', 'færre ... enn ... skrevet ut',
      'mindre ... enn ... skrevet ut', 'færre enn foreskrevet', 'mindre enn foreskrevet'],
  },
  innocentCoversWords: true,
  // Sober for years, as notes and clients say it: the present denied, and a past told before it with it.
  ended: {
    en: ['sober for ... years', 'sober ... years', 'sober ... yrs', 'sober since', 'stopped drinking ... yrs ago', 'stopped drinking ... years back', 'clean for ... years', 'clean ... years',
      'clean since', 'dry for ... years', 'drug free for ... years', 'drug-free ... years', 'stopped drinking ... years ago',
      'quit drinking ... years ago', 'gave up drinking ... years ago', 'stopped using ... years ago'],
    sv: ['nykter i ... år', 'nykter ... år', 'nykter sedan', 'nykter sen', 'drogfri i ... år', 'drogfri sedan', 'ren sedan',
      'slutade dricka för ... år sedan', 'slutade dricka ... år sedan', 'slutat dricka för ... år sedan'],
    nb: ['edru i ... år', 'edru ... år', 'edru siden', 'rusfri i ... år', 'rusfri ... år', 'rusfri siden', 'nykter i ... år',
      'nykter siden', 'sluttet å drikke for ... år siden', 'slutta å drikke for ... år siden', 'rein i ... år', 'ren i ... år'],
  },
};
