import type { Concept } from './concept';

export const criminalJustice: Concept = {
  id: 'criminal-justice',
  title: 'Police, courts, prison, probation and criminal records',
  sources:
    'The stages a criminal record passes through (arrest, charge, court, sentence, prison, ' +
    'probation or licence) in the terms of each country\'s services (frivård, kriminalomsorgen, ' +
    'probation), and the record checks employers ask for (belastningsregister, politiattest, ' +
    'DBS), and how people say it (did time inside, banged up, on a tag; sv kåken; nb kåken, soner). ' +
    'The domain brief: criminal-record questions are mandatory for every client. Ambiguous ' +
    'short words are left out (sv "dom" is also "they"), and so are what a victim or a juror meets too ' +
    '(a court\'s name, a prosecutor, "the police are investigating", nb "anmeldte det"); a court counts only with ' +
    'an offence or an outcome (rules/lexicon/word-classes/criminal-justice.ts). Being reported is a record\'s first ' +
    'step ("blev polisanmäld", "ble politianmeldt"); reporting a crime ("jag polisanmälde inbrottet") is a victim\'s, ' +
    'and is left out. Being caught and fined ("åkte dit för snatteri", "fikk bot for naskeri", "fined by the ' +
    'magistrates"), a tag and a curfew, a probation officer of one\'s own, and the large prisons by name count.',
  words: {
    en: [
      'prison', 'jail', 'in custody', 'arrested', 'criminal record', 'convicted', 'conviction', 'sentenced',
      'served time', 'probation', 'parole', 'on licence', 'electronic tag', 'community service', 'court case',
      'charged with', 'offence', 'offender', 'criminal', 'released from prison', 'dbs check', 'police record',
      'police caution', 'known to police', 'known to the police', 'served a sentence', 'prison sentence',
      'community order', 'on bail', 'court date', 'youth offending', 'months inside', 'years inside', 'weeks inside', 'time inside',
      'did time', 'doing time', 'banged up', 'locked up', 'on remand', 'got nicked', 'previous convictions', 'on a tag', 'hmp', 'young offenders', 'unspent',
      'spent conviction', 'caution for', 'trial for', 'my trial', 'his trial', 'her trial', 'burglary charge',
      // the stages before a court: suspicion, interview, report, charge, investigation, diversion
      'under caution', 'voluntary interview', 'police interview', 'as a suspect', 'a suspect in', 'suspected of',
      'been charged', 'was charged', 'got charged', 'released under investigation',
      'reported me to the police', 'restorative justice', 'did ... months for', 'did ... years for', 'served ... months',
      'served ... years', 'months in prison', 'years in prison',
      // a tag, a probation officer of one's own, a fine from the court, a case against the client, being caught
      'on tag', 'ankle tag', 'tag on my ankle', 'tag fitted', 'tagged', 'curfew', 'my probation officer', 'fined by the',
      'fined for', 'a fine for', "magistrates' fine", 'magistrates fine', 'police case',
      'case against me', 'cautioned by', 'got done for', 'caught shoplifting', 'shoplifting', 'drink driving', 'drink-driving',
      'drunk driving', 'driving without insurance', 'banned from driving', 'driving ban',
      // an order or a warrant against the client (an order that protects the client is domestic violence's)
      'restraining order against me', 'non-molestation order against me', 'injunction against me', 'arrest warrant',
      'warrant for my arrest', 'warrant for his arrest', 'warrant for her arrest', 'warrant out for', 'outstanding warrant',
      'wanted by the police', 'wanted by police',
    ],
    sv: [
      'fängelse', 'anhållen', 'häktad', 'häkte', 'gripen', 'dömd', 'straffregister', 'belastningsregister',
      'brottsregister', 'frivård', 'skyddstillsyn', 'fotboja', 'samhällstjänst', 'åtal', 'åtalad', 'rättegång',
      'brott', 'kriminell', 'kriminalvård', 'frigiven', 'avtjänat', 'anmäld för', 'straffad', 'tidigare straffad',
      // being reported, not reporting ("jag polisanmälde inbrottet" is a victim's)
      'blev polisanmäld', 'blivit polisanmäld', 'är polisanmäld', 'polisanmäld för', 'polisanmälde mig', 'polisanmält mig',
      'känd av polisen', 'sitter inne', 'satt inne', 'villkorlig dom', 'fängelsestraff', 'häktningsförhandling',
      'borgen', 'kåken', 'på kåken', 'suttit inne', 'finkan', 'dömdes', 'ungdomstjänst', 'på anstalt', 'dom för', 'böter för', 'strafföreläggande', 'ungdomsvård', 'sis-hem',
      'förhörd', 'förhört mig', 'förhörde mig', 'polisförhör', 'misstänkt för', 'som misstänkt', 'delgiven misstanke',
      'anmält mig', 'anmälde mig', 'medling', 'åtalsunderlåtelse', 'månader på', 'år på anstalt', 'satt ... månader',
      // caught, seized, a case against the client, a main hearing, an appeal; the large prisons by name
      'åkte dit för', 'åkt dit för', 'åkte fast', 'åkt fast', 'greps', 'greps av polisen', 'gripits', 'beslagtagit', 'beslagtog',
      'förundersökning mot mig', 'förundersökning ... mot mig', 'huvudförhandling', 'överklagat domen', 'snatteri', 'snattade',
      'rattfylla', 'rattonykter', 'fick böter', 'dagsböter', 'på kumla', 'på tidaholm', 'på saltvik', 'på hällby',
      // an order or a warrant against the client (not "efterlyst" alone: a missing person is too)
      'har kontaktförbud mot', 'fick kontaktförbud', 'fått kontaktförbud', 'meddelats kontaktförbud', 'efterlyst för', 'anhållen i sin frånvaro',
    ],
    nb: [
      'fengsel', 'soning', 'sonet', 'varetekt', 'friomsorg', 'friomsorgen', 'arrestert', 'pågrepet', 'dømt', 'rulleblad', 'straffeattest',
      'politiattest', 'prøveløslatt', 'kriminalomsorgen', 'fotlenke', 'samfunnsstraff', 'tiltalt', 'rettssak',
      'kriminell', 'lovbrudd', 'løslatt', 'anmeldt for', 'straffet', 'tidligere straffet',
      // being reported, not reporting ("jeg politianmeldte innbruddet" is a victim's)
      'ble politianmeldt', 'blitt politianmeldt', 'er politianmeldt', 'politianmeldt for', 'politianmeldte meg', 'kjent for politiet', 'sitter inne',
      'satt inne', 'betinget dom', 'fengselsstraff', 'varetektsfengslet', 'kåken', 'på kåken', 'sittet inne', 'soner',
      'sone', 'glattcelle', 'domfelt', 'dom for', 'bot for', 'forelegg', 'ungdomsstraff',
      'avhør', 'avhørt', 'politiavhør', 'mistenkt for', 'som mistenkt', 'siktet', 'siktelse', 'er anmeldt',
      'blitt anmeldt', 'ble anmeldt', 'anmeldte meg', 'konfliktrådet', 'satt ... måneder', 'måneder i fengsel', 'år i fengsel',
      // caught, seized, a case against the client, an appeal; the large prisons by name
      'tatt for', 'tatt av politiet', 'beslaglagt', 'beslagla', 'etterforskning mot meg', 'etterforskning ... mot meg',
      'sak hos politiet', 'ankesak', 'ankesaken', 'anket dommen', 'naskeri', 'nasket', 'fyllekjøring', 'promillekjøring',
      'fikk bot', 'bot på', 'på ila', 'på ullersmo', 'på bastøy', 'på bredtveit', 'ila fengsel', 'halden fengsel',
      // an order or a warrant against the client (not "etterlyst" alone: a missing person is too)
      'har besøksforbud mot', 'fikk besøksforbud', 'fått besøksforbud', 'ilagt besøksforbud', 'etterlyst for', 'pågripelsesbeslutning',
    ],
  },
};
