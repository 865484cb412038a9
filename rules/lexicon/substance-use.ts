import type { Concept } from './concept';

export const substanceUse: Concept = {
  id: 'substance-use',
  title: 'Alcohol and drug use, dependence and treatment',
  sources:
    'The substances and patterns that screening asks about (the areas of AUDIT and DUDIT: how ' +
    'often, how much, loss of control, treatment), the street and brand names advisers hear ' +
    '(tjack, hasj, benzo, Subutex) and the treatment words (detox, avgiftning, LAR). The domain ' +
    'brief: drug and alcohol questions are mandatory for every client. Bare "drink" is left out ' +
    '(a drink of water); "drinking" counts with a quantity or a problem.',
  words: {
    en: [
      'alcohol', 'alcoholic', 'drinking problem', 'drink too much', 'drinking too much', 'drinking heavily',
      'heavy drinking', 'drinking a lot', 'drinking every day', 'started drinking', 'drinking again',
      'been drinking', 'drunk', 'hungover', 'binge drinking', 'cannabis', 'weed', 'marijuana', 'cocaine',
      'heroin', 'amphetamine', 'amphetamines', 'meth', 'crack', 'ketamine', 'opioids', 'opiates', 'methadone',
      'subutex', 'benzos', 'benzodiazepines', 'addiction', 'addicted', 'addict', 'substance use',
      'substance misuse', 'drug use', 'drugs', 'using drugs', 'takes drugs', 'rehab', 'detox', 'relapse',
      'relapsed', 'vodka', 'whisky', 'drink every morning', 'drinking in the morning', 'injects', 'injecting',
      'needles', 'drink problem', 'alcohol problem', 'booze',
    ],
    sv: [
      'alkohol', 'alkoholist', 'alkoholproblem', 'dricker för mycket', 'dricker mycket', 'dricker varje dag',
      'berusad', 'bakfull', 'söp', 'missbruk', 'missbrukare', 'narkotika', 'droger', 'knark', 'knarkar',
      'hasch', 'cannabis', 'marijuana', 'kokain', 'heroin', 'amfetamin', 'tjack', 'spice', 'benso',
      'bensodiazepiner', 'opioider', 'metadon', 'subutex', 'avgiftning', 'behandlingshem', 'återfall',
      // dealing, with what is dealt: "langar" alone shares its stem with nb "lang", "lange", "langt" (long)
      'langar knark', 'langar droger', 'langar narkotika', 'langar hasch', 'langar kokain', 'langar tabletter', 'langar piller', 'langar åt',
      'vodka', 'sprit', 'hembränt', 'dricker varje morgon', 'beroende av alkohol', 'beroende av droger',
      'knarkat', 'blandmissbruk', 'injicerar', 'rusmedel', 'berusningsmedel',
    ],
    nb: [
      'alkohol', 'alkoholiker', 'drikker for mye', 'drikker mye', 'drikker hver dag', 'beruset', 'fyllesyk',
      'rusmisbruk', 'rusproblem', 'ruset', 'rusbruk', 'rusmiddelbruk', 'rusmidler', 'rusmiddel', 'rusmidlene', 'misbruk', 'avhengig', 'avhengighet', 'narkotika', 'dop', 'hasj',
      'cannabis', 'marihuana', 'kokain', 'heroin', 'amfetamin', 'spice', 'benzo', 'benzodiazepiner', 'opioider',
      'metadon', 'subutex', 'avrusning', 'behandlingsinstitusjon', 'tilbakefall', 'vodka', 'sprit',
      'hjemmebrent', 'drikker hver morgen', 'ruser seg', 'ruset seg', 'sprøyter',
    ],
  },
};
