/**
 * Everyday idioms that contain a trigger word but mean nothing of the kind
 * ("sick of waiting", "bored to death", sv "dödstrött", nb "dø av latter"), and
 * everyday accidents ("cut myself on a tin", sv "skar sig i fingret").
 * A trigger that an idiom reaches past does not count; a longer phrase that
 * holds the whole idiom does ("sick of living").
 */
import { PRONOUN_ROLE, type CompiledPhrase } from '../compiled-pack';
import { compilePhrase } from '../compile-phrase';
import type { AnswerAnalysis } from './answer-analysis';
import { GAP_NONE } from './answer-words';
import { PhraseIndex } from './phrase-index';

const IDIOMS: Record<string, string[]> = {
  en: [
    'sick of', 'sick and tired', 'attempt to', 'attempts to', 'an attempt at', 'high enough for', 'deep enough for', 'being found out', 'was found out', 'been found out', 'dead on my feet', 'dead on her feet', 'dead on his feet', 'absolutely dead', 'completely dead', 'die of boredom', 'die of embarrassment', 'die of shame', 'phone ... died', 'battery ... died', 'sick to death', 'bored to death', 'scared to death', 'dying to', 'dying for',
    'bleeding money', 'bleeds money', 'bled money', 'to die for', 'kill time', 'killing time', 'killing me', 'pain in the neck', 'pain in the ass', 'dead tired',
    'dead end', 'drop dead', 'could kill for', 'hit the road', 'hit it off', 'hit the gym', 'hit rock bottom',
    // a "hit" that is luck, a place one goes to or a target reached (not "hit the bottle", which is drinking)
    'hit the jackpot', 'hit the big time', 'hit the shops', 'hit the sack', 'hit the hay', 'hit the town', 'hit the headlines',
    'hit the ground running', 'hit the books', 'hit the beach', 'hit the target', 'hit my target', 'hit the nail on the head',
    'life savings', 'life insurance', 'beat the traffic', 'drunk on power', 'addicted to coffee', 'addicted to chocolate', 'addicted to tv',
    // accidents: a cut or a burn at work or in the kitchen
    // ("cut herself on her arms" is no accident: only "on a …", "on glass")
    'cut myself shaving', 'cut myself cooking', 'cut myself on a', 'cut myself on glass', 'cut myself at work',
    'burnt myself cooking', 'burnt myself on a', 'burned myself on a', 'burnt myself at work',
    // drinking what is no alcohol; records
    'drink ... water', 'drink ... tea', 'drink ... coffee', 'drink ... juice', 'drink ... milk', 'drink ... squash',
    // soft drinks ("drinks far too much coke": the drink, not the drug)
    'drink ... coke', 'drink ... cola', 'drink ... pepsi', 'drink ... fizzy', 'drink ... energy drinks', 'drink ... red bull',
    'beat the record', 'broke the record', 'beat my record',
    // accidents on a thing (not "on my arm"); jobs in the justice system
    'cut myself on some', 'cut myself on an', 'burnt myself on an', 'burned myself on an',
    // a scratch on a thing (a bramble, a nail), not "scratches herself on her arms"
    'scratched myself on a', 'scratched myself on an', 'scratched myself on some', 'prison officer', 'prison guard',
    'probation officer', 'police officer',
    // cutting down on something; a "suicide" mission
    'cut down on', 'cut back on', 'cutting down on', 'cutting back on', 'cut back', 'cutbacks', 'suicide mission', 'suicide squad',
    'suicide bomber', 'suicide bombing',
    // suicide as a field of work or study, not a disclosure (a helpline call still counts: rules/lexicon/suicide.ts)
    // laughing "to death"; cutting oneself a slice
    'killed myself laughing', 'kill myself laughing', 'killing myself laughing', 'cut myself a slice', 'cut myself a piece',
    // a bit OF something: "cut myself a bit" alone is a harm made small ("cuts herself a bit most weekends")
    'cut myself some', 'cut myself a bit of',
    'suicide prevention', 'suicide awareness', 'suicide research', 'suicide statistics', 'suicide rates', 'suicide rate',
    // a thumb, and cooking by name
    'cut my thumb', 'cut myself on my thumb', 'cut myself chopping', 'cut myself slicing', 'cut myself peeling',
    'burnt myself on the pan', 'burned myself on the pan', 'burnt myself on the grill', 'burned myself on the grill',
    'burnt myself on the oven', 'burned myself on the oven', 'burnt myself on the baking tray', 'burnt myself on the kettle',
    // frustration, not head-banging
    'brick wall', 'like banging my head', 'like banging your head', 'like bashing my head',
    // a bump on the head in play
    'bumped his head', 'bumped her head', 'bumped my head', 'bumped their head',
    // cutting hair, grass, hours and costs; a cutting board
    'cuts hair', 'cutting hair', 'cuts ... hair', 'cutting ... hair', 'cuts the grass', 'cutting the grass', 'cuts the lawn',
    'cutting the lawn', 'cuts the hedge', 'cutting the hedge', 'cuts ... hours', 'cutting ... hours', 'cuts ... costs', 'cutting ... costs',
    'cuts ... budget', 'cutting ... budget', 'cuts ... benefits', 'cuts out', 'cutting out', 'cutting board', 'cutting boards', 'cutting room',
    'cutting edge', 'cuts ... wood', 'cutting ... wood', 'cuts ... bread', 'cutting ... bread', 'cuts ... vegetables', 'cutting ... vegetables',
    // suicide and self-harm as a field of work, study or a programme: of a group, at a helpline one volunteers for
    // (never "works on her self-harm", and a call to a helpline still counts)
    'self-harm cases', 'self harm cases', 'suicide cases', 'self-harming young people', 'self-harming teenagers', 'self-harming patients',
    'suicidal patients', 'suicidal callers', 'self-harm among', 'self harm among', 'suicide among', 'suicides among',
    'volunteer* ... helpline', 'volunteer* ... suicide prevention', 'volunteer* for the samaritans', 'volunteer* at the samaritans',
    'book about ... suicide*', 'documentary about ... suicide*', 'podcast about ... suicide*', 'article about ... suicide*',
    'course on ... suicide*', 'course on ... self-harm', 'training on ... suicide*', 'training in ... suicide*', 'training on ... self-harm',
    'lecture on ... suicide*', 'research into ... suicide*', 'research on ... suicide*', 'essay on ... suicide*', 'dissertation on ... suicide*',
    // figures of speech: a thing that "will be the death of me", anger that "hits the roof", mud tracked in, cutting
    // oneself off from people, tearing one's hair out; a household that is "domestic" (not domestic violence)
    'be the death of', 'the death of me', 'the death of her', 'the death of him', 'the death of us', 'hit the roof',
    'hit the ceiling', 'track ... mud', 'track ... dirt', 'cut myself off', 'cutting myself off', 'tear my hair out',
    'tearing my hair out', 'domestic situation', 'domestic circumstances', 'domestic arrangements', 'domestic chores',
    'disappear under ... duvet', 'disappear under ... covers', 'disappear under ... blanket',
    'domestic duties', 'domestic life', 'domestic tasks', 'smashed it', 'smash it', 'smashing it', 'punches above',
    'punching above', 'punch above',
    // a home, a job or an illness that feels like a prison: a simile, not a sentence served
    'like a prisoner', 'prisoner in my own', 'prisoner in her own', 'prisoner in his own', 'like being in prison', 'like a prison',
    'like being in jail', 'like a jail', 'prisoner of my', 'prisoner of her', 'prisoner of his',
  ],
  sv: [
    'dödstrött', 'försök att', 'försöket att', 'högt nog för', 'djupt nog för', 'helt död', 'alldeles död', 'dö av tristess', 'dö av skam', 'batteriet ... dog', 'mobilen ... dog', 'telefonen ... dog', 'skrattade ihjäl', 'dö av skratt', 'slå ihjäl tiden', 'dör av tristess', 'tråkade ihjäl', 'sjuk av längtan',
    // a bus that left "right in front of my nose", not a jump in front of it
    'framför näsan', 'framför näsan på mig', 'framför ögonen på mig',
    // a business losing money; the English name of a genre ("true crime", not nb "true", threaten)
    'blöder pengar', 'blött pengar', 'blödde pengar', 'true crime',
    'ta livet med ro', 'livförsäkring', 'skar mig i fingret', 'skar mig i handen', 'skurit mig i fingret', 'brände mig på spisen', 'brände mig på ugnen',
    'dricka ... vatten', 'dricka ... te', 'dricka ... kaffe', 'dricka ... mjölk', 'dricka ... saft', 'dricka ... juice', 'slå rekord',
    'dricka ... läsk', 'dricka ... cola', 'dricka ... pepsi', 'dricka ... energidryck', 'dricka ... energidrycker',
    'slå ... rekord',
    // household words built on "stryk" (a beating): the iron, the ironing board, the football pools
    'strykjärn', 'strykjärnet', 'strykbräda', 'strykbrädan', 'stryktips', 'stryktipset',
    // a thing, not a person, "tar livet av mig" (is killing me); accidents on a thing
    'jobbet tar livet av', 'arbetet tar livet av', 'stressen tar livet av', 'pendlingen tar livet av', 'skolan tar livet av',
    'chefen tar livet av', 'ungarna tar livet av', 'barnen tar livet av', 'väntan tar livet av', 'värmen tar livet av',
    'det tar livet av', 'det här tar livet av', 'skar mig på en', 'skar mig på ett', 'skurit mig på en', 'skurit mig på ett',
    // a scratch or a graze on a thing (a bush, a nail), not "river sig på armarna"
    'rev mig på en', 'rev mig på ett', 'river mig på en', 'river mig på ett', 'rivit mig på en', 'rivit mig på ett',
    'brände mig på en', 'brände mig på ett', 'kriminalvårdare', 'frivårdsinspektör',
    'skär ner', 'skära ner', 'skar ner', 'skurit ner', 'skära ned', 'skär ned', 'nedskärning', 'nedskärningar',
    'självmordsuppdrag', 'självmordsbombare', 'självmordsattentat', 'skar mig en bit', 'skär mig en bit', 'skära mig en bit',
    'skar mig ett stycke', 'skar mig en skiva', 'skär mig en skiva', 'längtar ihjäl mig', 'längta ihjäl mig', 'jobbar ihjäl mig',
    'jobba ihjäl mig', 'skratta ihjäl mig', 'tråkar ihjäl mig', 'fryser ihjäl', 'frysa ihjäl', 'frös ihjäl',
    'självmordsprevention', 'suicidprevention', 'suicidpreventiv', 'självmordsförebyggande', 'suicidforskning',
    'självmordsforskning', 'självmordsstatistik', 'suicidstatistik',
    'skar mig i tummen', 'skurit mig i tummen', 'brände mig på plåten', 'brände mig på ugnsplåten',
    'brände mig på kastrullen', 'brände mig på stekpannan', 'brände mig på grillen',
    'som att dunka huvudet', 'stånga huvudet',
    // worn out after work ("helt död efter passet"); a bump on the head in play
    'död efter', 'döda efter', 'slog i huvudet', 'slagit i huvudet', 'slår i huvudet',
    // cutting bread, vegetables, wood and costs
    'skär bröd', 'skär ... bröd', 'skär ... grönsaker', 'skär ... lök', 'skär ... ved', 'skär ... kostnader', 'skär ... budgeten',
    // suicide and self-harm as a field of work or study: of a group, at the helpline one volunteers for
    'självskadande ungdomar', 'självskadande unga', 'självskadande patienter', 'självskadande barn', 'självskadebeteende hos ungdomar',
    'självskadebeteende hos unga', 'självskador bland', 'självmord bland', 'suicid bland', 'jobbar på självmordslinjen',
    'jobbar ... på självmordslinjen', 'volontär på självmordslinjen', 'volontär ... självmordslinjen', 'ideellt ... självmordslinjen',
    'självmordslinjen som volontär', 'bok om ... självmord*', 'dokumentär om ... självmord*', 'kurs i ... suicid*', 'kurs om ... självmord*',
    'utbildning i ... suicid*', 'föreläsning om ... självmord*', 'forskar om ... självmord*', 'forskning om ... självmord*',
    // dropping out of a course or a job ("hoppa av" a bridge stays); bending over backwards; tearing one's hair;
    // taking up an offer
    'hoppa av kursen', 'hoppa av kurs', 'hoppa av skolan', 'hoppa av gymnasiet', 'hoppa av utbildningen', 'hoppa av studierna',
    'hoppa av programmet', 'hoppa av jobbet', 'hoppa av komvux', 'hoppa av sfi', 'hoppa av praktiken', 'hoppa av projektet',
    'slå knut på sig', 'slå knut på mig', 'river sig i håret', 'river mig i håret', 'slita sitt hår', 'slå till på erbjudandet',
    'slå till på ett erbjudande', 'slå till på erbjudande', 'hoppa på erbjudandet', 'hoppa på ett erbjudande', 'hoppa på chansen',
    'försvinna under ... täcke*', 'hoppa på tåget', 'hoppa på bussen', 'hoppa på en kurs', 'hoppa på kursen', 'hoppa på jobbet', 'slå mig för pannan',
    'slår sig för pannan', 'slog sig för pannan', 'slå mig själv för pannan', 'slog mig själv för pannan',
    'som en fånge', 'fånge i mitt eget', 'fånge i min egen', 'fånge i sitt eget', 'fånge i sin egen', 'som ett fängelse',
    'som att sitta i fängelse', 'som att vara i fängelse', 'fånge i min kropp', 'fånge i sin kropp',
  ],
  nb: [
    'dødslei', 'forsøk på å', 'forsøket på å', 'høyt nok til', 'dypt nok til', 'høyt nok for', 'helt død', 'heilt død', 'dø av kjedsomhet', 'dø av skam', 'batteriet ... døde', 'mobilen ... døde', 'telefonen ... døde', 'drit lei', 'dø av latter', 'le meg i hjel', 'kjede meg i hjel', 'slå i hjel tiden',
    'rett foran nesen', 'foran nesen', 'foran nesa', 'foran nesen på meg', 'foran nesa på meg',
    // a business losing money; the English name of a genre ("true crime", not "true", threaten)
    'blør penger', 'blødde penger', 'blødd penger', 'true crime',
    'ta livet med ro', 'livsforsikring', 'kuttet meg i fingeren', 'kuttet meg i hånden', 'skar meg i fingeren', 'brente meg på komfyren', 'brente meg på ovnen',
    'drikke ... vann', 'drikke ... te', 'drikke ... kaffe', 'drikke ... melk', 'drikke ... saft', 'drikke ... brus', 'slå rekord',
    'drikke ... cola', 'drikke ... pepsi', 'drikke ... energidrikk', 'drikke ... energidrikker',
    'slå ... rekord', 'dødsliten', 'dødssliten',
    'jobben tar livet av', 'arbeidet tar livet av', 'stresset tar livet av', 'pendlingen tar livet av', 'skolen tar livet av',
    'sjefen tar livet av', 'ungene tar livet av', 'barna tar livet av', 'ventingen tar livet av', 'varmen tar livet av',
    'det tar livet av', 'dette tar livet av', 'kuttet meg på en', 'kuttet meg på et', 'skar meg på en', 'skar meg på et',
    // a scratch or a graze on a thing (a bush, a nail), not "river seg på armene"
    'rev meg på en', 'rev meg på et', 'river meg på en', 'river meg på et', 'revet meg på en', 'revet meg på et',
    'brente meg på en', 'brente meg på et', 'fengselsbetjent', 'politibetjent',
    'kutte ned', 'kutter ned', 'kuttet ned', 'kutte ut', 'kutter ut', 'kuttet ut', 'kutte ned på', 'nedskjæring', 'nedskjæringer',
    'selvmordsoppdrag', 'selvmordsbomber', 'selvmordsaksjon', 'skar meg et stykke', 'skjærer meg et stykke', 'skar meg en skive',
    'skjærer meg en skive', 'kuttet meg et stykke', 'le meg ihjel', 'ler meg ihjel', 'lo meg ihjel', 'jobbe meg i hjel', 'jobber meg i hjel',
    'kjede meg ihjel', 'fryse i hjel', 'fryser i hjel', 'frøs i hjel',
    'selvmordsforebygging', 'selvmordsforebyggende', 'suicidforebygging', 'selvmordsforskning', 'suicidforskning',
    'selvmordsstatistikk', 'forebygging av selvmord', 'skrubbsulten', 'skrubbsulte',
    'skar meg i tommelen', 'kuttet meg i tommelen', 'kutta meg i tommelen', 'brente meg på stekepanna',
    'brente meg på kjelen', 'brente meg på grillen', 'brente meg på stekeovnen', 'brente meg på vaffeljernet',
    'som å dunke hodet', 'som å slå hodet',
    'død etter', 'døde etter', 'slo seg i hodet', 'slått seg i hodet', 'slo hodet i', 'slått hodet i',
    // cutting hair, grass, costs and budgets
    'kutter ... håret', 'kutter ... hår', 'kutter ... gresset', 'kutter ... plenen', 'kutter ... kostnader', 'kutter ... budsjettet',
    'kutter i budsjettet', 'kutter ... stillingen', 'kutter ... ved',
    // suicide and self-harm as a field of work or study: of a group, at the helpline one volunteers for
    'selvskading hos ungdom', 'selvskading hos unge', 'selvskading hos barn', 'selvskading blant', 'selvmord blant', 'selvskadende ungdom',
    'selvskadende pasienter', 'frivillig ... kirkens sos', 'frivillig på ... hjelpetelefon*', 'bok om ... selvmord*',
    'dokumentar om ... selvmord*', 'kurs i ... selvmord*', 'kurs om ... selvmord*', 'foredrag om ... selvmord*', 'forsker på ... selvmord*',
    'forskning på ... selvmord*',
    // dropping out of school or a course; tearing one's hair; bending over backwards; taking up an offer
    'hoppe av skolen', 'hoppe av studiene', 'hoppe av studiet', 'hoppe av kurset', 'hoppe av utdanningen', 'hoppe av videregående',
    'hoppe av tiltaket', 'hoppe av jobben', 'hoppe av programmet', 'river seg i håret', 'river meg i håret', 'slå knute på seg',
    'slå til på tilbudet', 'slå til på et tilbud', 'slå til på tilbud', 'hoppe på tilbudet', 'hoppe på et tilbud', 'hoppe på sjansen',
    'forsvinne under ... dyn*', 'hoppe på toget', 'hoppe på bussen', 'hoppe på kurset', 'hoppe på jobben', 'slå seg for panna', 'slo seg for panna', 'slå meg selv for panna',
    'som en fange', 'fange i eget', 'fange i egen', 'fange i min egen', 'fange i sitt eget', 'fange i sin egen', 'som et fengsel',
    'som å sitte i fengsel', 'som å være i fengsel', 'fange i min kropp', 'fange i egen kropp',
  ],
};

/**
 * "An overdose of daytime TV", "överdos av tv-serier": an overdose of something no one takes.
 * Written out per language as idioms ("overdose of ... tv"); an overdose of a medicine stays.
 */
const FIGURATIVE_OVERDOSE: Record<string, { heads: string[]; of: string[] }> = {
  en: { heads: ['overdose of', 'overdose on', 'overdosed on', 'overdosing on'],
    of: ['tv', 'telly', 'television', 'netflix', 'box sets', 'boxsets', 'series', 'soaps', 'films', 'movies', 'youtube', 'tiktok',
      'social media', 'screen time', 'sugar', 'chocolate', 'sweets', 'cake', 'biscuits', 'christmas', 'sun', 'sunshine', 'fun',
      'football', 'love', 'drama', 'paperwork', 'forms', 'meetings', 'music', 'gaming', 'games', 'news'] },
  sv: { heads: ['överdos av', 'överdos på', 'överdoserade på', 'överdoserat på'],
    of: ['tv', 'tv-serier', 'serier', 'netflix', 'filmer', 'youtube', 'tiktok', 'sociala medier', 'skärmtid', 'socker', 'choklad',
      'godis', 'kakor', 'bullar', 'jul', 'julmat', 'sol', 'solsken', 'kul', 'fotboll', 'kärlek', 'drama', 'pappersarbete',
      'blanketter', 'möten', 'musik', 'spel', 'nyheter'] },
  nb: { heads: ['overdose av', 'overdose med', 'overdoserte på'],
    of: ['tv', 'tv-serier', 'serier', 'netflix', 'filmer', 'youtube', 'tiktok', 'sosiale medier', 'skjermtid', 'sukker', 'sjokolade',
      'godteri', 'snop', 'kaker', 'boller', 'jul', 'julemat', 'sol', 'solskinn', 'moro', 'fotball', 'kjærlighet', 'drama',
      'papirarbeid', 'skjemaer', 'møter', 'musikk', 'spill', 'nyheter'] },
};
for (const [language, { heads, of }] of Object.entries(FIGURATIVE_OVERDOSE)) {
  for (const head of heads) for (const thing of of) IDIOMS[language]!.push(`${head} ... ${thing}`);
}

/**
 * A jump off something everyday in play: a sofa, a bed, a trampoline, a diving board ("jumped off the sofa", sv "hoppade
 * från soffan", nb "hopper fra stupebrettet"). Written out per language as idioms, each jump before each place, with one
 * determiner at most between them (no gap of any words: "jumping off the bridge by the stage" keeps its bridge). A bridge,
 * a roof, a balcony, a vehicle or a kerb (a jump into traffic: "off the bus station roof", "off the bus into the traffic")
 * stay disclosures; so do a jetty, a pier and a boat, where a swim reads as drowning oneself.
 */
const EVERYDAY_JUMPS: Record<string, { jumps: string[]; determiners: string[]; places: string[] }> = {
  en: {
    jumps: ['jump off', 'jump from', 'jump off of'],
    determiners: ['', 'the', 'a', 'an', 'our', 'my', 'his', 'her', 'their', 'your'],
    places: ['diving board', 'high board', 'springboard', 'swing', 'swings', 'trampoline', 'sofa', 'couch', 'settee', 'bed',
      'bunk bed', 'top bunk', 'slide', 'climbing frame', 'stage', 'bottom step', 'last step'],
  },
  sv: {
    jumps: ['hoppa från', 'hoppa av', 'hoppa ner från', 'hoppa ut från'],
    determiners: ['', 'en', 'ett', 'vår', 'vårt'],
    places: ['hopptornet', 'hopptorn', 'svikten', 'trampolinen', 'gungan', 'studsmattan', 'soffan', 'sängen', 'våningssängen',
      'överslafen', 'rutschkanan', 'klätterställningen', 'scenen', 'trappsteget'],
  },
  nb: {
    jumps: ['hoppe fra', 'hoppe av', 'hoppe ned fra', 'hoppe ut fra'],
    determiners: ['', 'ei', 'en', 'et'],
    places: ['stupebrettet', 'stupetårnet', 'trampolinen', 'husken', 'sofaen', 'senga', 'sengen', 'køyesenga', 'sklia',
      'klatrestativet', 'scenen', 'trappetrinnet'],
  },
};
for (const [language, { jumps, determiners, places }] of Object.entries(EVERYDAY_JUMPS)) {
  for (const jump of jumps) for (const determiner of determiners) for (const place of places) IDIOMS[language]!.push(`${jump} ${determiner} ${place}`.replace(/ +/g, ' '));
}

/**
 * "I'd rather die than miss the match", sv "hellre dör jag än missar konserten", nb "heller dø enn å ha på meg slips": the
 * wish to die is a figure of speech for a match, clothes, singing, a queue or shopping. Written out per language as idioms
 * (each figure before each everyday doing); what can be meant in earnest stays a disclosure: eating, watching, being seen,
 * "gå med på" (agreeing to), "go on like this", "…än leva så här".
 */
const FIGURATIVE_RATHER_DIE: Record<string, { heads: string[]; things: string[] }> = {
  en: {
    heads: ['rather die than', 'rather be dead than', 'rather die than have to', 'rather be dead than have to'],
    things: ['miss', 'wear', 'sing', 'dance', 'queue', 'cook', 'support', 'go shopping', 'go camping'],
  },
  sv: {
    heads: ['hellre dö än', 'hellre dö ... än', 'hellre vara död än', 'hellre vara död ... än'],
    // the infinitive ("skulle hellre dö än missa") and the present ("hellre dör jag än missar")
    things: ['missa', 'ha på mig', 'ha på sig', 'bära', 'sjunga', 'dansa', 'köa', 'laga mat', 'heja på', 'gå och handla', 'campa',
      'missar', 'har på mig', 'har på sig', 'bär', 'sjunger', 'dansar', 'köar', 'lagar mat', 'hejar på', 'går och handlar', 'campar'],
  },
  nb: {
    // "vil heller dø enn…", and "heller vil dø enn…" as a report puts it ("hun sier hun heller vil dø enn…")
    heads: ['heller dø enn', 'heller dø enn å', 'heller dø ... enn', 'heller dø ... enn å', 'heller være død enn', 'heller være død enn å',
      'heller vil dø enn', 'heller vil dø enn å', 'heller ville dø enn', 'heller ville dø enn å'],
    things: ['gå glipp av', 'ha på meg', 'ha på seg', 'synge', 'danse', 'stå i kø', 'lage mat', 'heie på', 'gå på shopping',
      'dra på camping'],
  },
};
for (const [language, { heads, things }] of Object.entries(FIGURATIVE_RATHER_DIE)) {
  for (const head of heads) for (const thing of things) IDIOMS[language]!.push(`${head} ${thing}`);
}

/**
 * Idioms that count only in the forms written here, not by stem: "slå av" (switch off) must not
 * take "slagen av" (beaten by), nor "det slog mig" (it struck me) "slog mig" after a comma.
 */
const IDIOMS_AS_WRITTEN: Record<string, string[]> = {
  en: [
    // a hit that is a success (not "a hit" or "it hit me": "he threw a glass and it hit me")
    'big hit', 'massive hit', 'huge hit', 'hit song', 'hit single', 'hit record', 'it struck me',
    // the verb "can" ("I can't", "she can never"), read by stem as "cans" of drink; "a can of cider" is read whole
    'can',
  ],
  sv: [
    // "slå" of switching, looking up, sitting down, betting and thoughts that strike
    'det slog mig', 'slog det mig', 'slår det mig', 'det slår mig', 'slå av', 'slog av', 'slår av', 'slå på', 'slog på',
    'slår på', 'slå upp', 'slog upp', 'slår upp', 'slagit upp', 'slå två flugor', 'slog två flugor', 'slår två flugor',
    'slå sig ner', 'slog sig ner', 'slå ihop', 'slog ihop', 'slå vad', 'slog vad', 'slå igen dörren', 'slog igen dörren',
    'slå in koden', 'slog in koden', 'slå ett slag för',
    // breaking through as an artist, treating oneself to a purchase
    'slå igenom', 'slog igenom', 'slår igenom', 'slagit igenom', 'slog igenom med', 'slår igenom med', 'slagit igenom med', 'slå till och', 'slog till och', 'slår till och',
    // the bank, not "bankar" (beats)
    'banken', 'nätbanken', 'internetbanken', 'mobilbanken', 'internetbank', 'nätbank',
  ],
  nb: [
    // "slå" of switching, looking up, settling, joining and thoughts that strike
    'det slo meg', 'slo det meg', 'slår det meg', 'det slår meg', 'slå av', 'slo av', 'slår av', 'slå på', 'slo på',
    'slår på', 'slå opp i', 'slo opp i', 'slår opp i', 'slå seg ned', 'slo seg ned', 'slå sammen', 'slo sammen',
    'slå to fluer', 'slo to fluer', 'slå av en prat', 'slo av en prat', 'slå et slag for', 'ta en slåss for',
    'slå gjennom', 'slo gjennom', 'slår gjennom', 'slått gjennom', 'slo gjennom med', 'slår gjennom med', 'slått gjennom med', 'slå til og', 'slo til og', 'slår til og',
    // the bank, not "banker" (beats)
    'banken', 'nettbank', 'nettbanken', 'mobilbank', 'mobilbanken', 'nettbanker',
    // small steps, not a baby
    'baby steps', 'baby step',
  ],
};

/** The stem of a word of IDIOMS_AS_WRITTEN: equal to no answer word's stem. */
const NO_STEM = '\u0000';

let index: PhraseIndex | undefined;

export function idiomIndex(): PhraseIndex {
  if (!index) {
    const phrases: CompiledPhrase[] = [];
    for (const [language, list] of Object.entries(IDIOMS)) {
      for (const text of list) {
        const compiled = compilePhrase(text, language);
        if (compiled.ok) phrases.push(compiled.phrase);
      }
    }
    for (const [language, list] of Object.entries(IDIOMS_AS_WRITTEN)) {
      for (const text of list) {
        const compiled = compilePhrase(text, language);
        // No stem to compare with (stem.ts reads "slagen" as a form of "slå"); a pronoun still stands for any
        // of its role ("slå sig ner" finds "slog oss ner").
        if (compiled.ok) phrases.push({ ...compiled.phrase, words: compiled.phrase.words.map((word) => (word.g ? word : { w: word.w, s: NO_STEM, ...(word.r && { r: word.r }) })) });
      }
    }
    index = new PhraseIndex(phrases);
  }
  return index;
}

/**
 * Does an idiom change what the words `start`…`end` mean? True when an idiom
 * overlaps them without lying inside them: "sick of waiting" takes "sick",
 * "life savings" takes "took his life", but "sick of living" keeps its idiom
 * "sick of" inside and still counts; a one-word idiom takes a trigger found
 * inside the same word ("fengselsbetjent", prison officer, takes "fengsel"), and
 * an idiom counted as written takes a trigger over the same words ("slå av").
 */
export function idiomTakes(idioms: readonly IdiomSpan[], start: number, end: number): boolean {
  return idioms.some(
    (idiom) =>
      // "addicted to Subutex": the object of an everyday addiction is found by its own word when it is a substance
      !(idiom.sparesObject === true && start >= idiom.end) &&
      ((idiom.start <= end && idiom.end >= start && !(idiom.start >= start && idiom.end <= end)) ||
      // One word that is both: a compound idiom holding a trigger ("fengselsbetjent" holds "fengsel").
      (start === end && idiom.start === start && idiom.end === end) ||
      // An idiom in the very forms written over the same words as a trigger read by stem: "slå av" (switch
      // off) is no "slagen av" (beaten by).
      (idiom.asWritten === true && idiom.start === start && idiom.end === end)),
  );
}

/** Where an idiom occurs: answer words `start`…`end`; `asWritten` for one of IDIOMS_AS_WRITTEN. */
export interface IdiomSpan {
  start: number;
  end: number;
  asWritten?: boolean;
  /** The idiom's last word is an object that keeps its own meaning: a trigger found there alone is not taken. */
  sparesObject?: boolean;
}

/**
 * Where the built-in idioms occur in the answer. An idiom counted as written holds only with its words
 * side by side: "Förnekar det, han slår henne" is no "det slår mig" (it strikes me) with "han" slipped in.
 */
export function idiomSpans(answer: AnswerAnalysis): IdiomSpan[] {
  return [
    ...idiomIndex()
      .find(answer)
      .filter(({ start, end, phrase }) => phrase.words[0]?.s !== NO_STEM || end - start + 1 === phrase.words.length)
      .map(({ start, end, phrase }) => (phrase.words[0]?.s === NO_STEM ? { start, end, asWritten: true } : { start, end })),
    ...thingKillsMe(answer),
    ...hookedOnSomethingEveryday(answer),
    ...hurtOnAThing(answer),
    ...missingSomeone(answer),
    ...stuckInAPlace(answer),
  ];
}

/**
 * Verbs of sitting, standing, lying, hanging or driving that make sv/nb "fast" a place one cannot leave: "satt fast i
 * trafiken", "ble sittende fast i køen", "bilen körde fast i snön", "satt seg fast i gjørma".
 */
const STAY_OR_DRIVE = new Set(
  ('sitter satt sitta sitte suttit sittet sittende sittande står stod stått stå stod sto ligger låg lå legat ligget ' +
    'hänger hängde hengte henger fastnade kör körde kört kjører kjørte kjørt').split(' '),
);
const STUCK = new Set(['fast']);
const IN_WORDS = new Set(['i']);
/**
 * How a habit one is "stuck in" begins ("sitter fast i missbruket", "i beroendet", "i rusen", "i ett drickande"): these
 * keep "fast i" as a cue, since not every such word is a cue by itself ("missbruket", "beroendet").
 */
const HABIT_STARTS = ['missbruk', 'misbruk', 'beroende', 'avhengighet', 'rus', 'drog', 'knark', 'narkotik', 'alkohol', 'sprit', 'drick', 'drikk', 'fyll', 'supa', 'pill', 'tablett'];
const ARTICLES = new Set('en ett et ei mitt min sitt sin det den detta dette'.split(' '));

/**
 * sv/nb "satt fast i trafiken", "ble sittende fast i køen", "kjørte seg fast i snøen": stuck in a place, a queue or
 * the snow, which the substance cue "fast i" (hooked on) is not. A verb of staying or driving (`STAY_OR_DRIVE`), a
 * reflexive at most between, then "fast i"; the span reaches from the verb to "i" and spares the object, so "sitter
 * fast i missbruket" is still found by the object's own word. Linear in the answer.
 */
function stuckInAPlace(answer: AnswerAnalysis): IdiomSpan[] {
  const words = answer.words;
  const out: IdiomSpan[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!STAY_OR_DRIVE.has(words[i]!.lower)) continue;
    const fast = (words[i + 1]!.roles & PRONOUN_ROLE.reflexive) !== 0 ? i + 2 : i + 1;
    if (fast + 1 >= words.length || !STUCK.has(words[fast]!.lower) || !IN_WORDS.has(words[fast + 1]!.lower)) continue;
    if (words.slice(i + 1, fast + 2).some((word) => word.gap !== GAP_NONE)) continue;
    let object = fast + 2;
    if (object < words.length && ARTICLES.has(words[object]!.lower)) object++;
    if (object < words.length && HABIT_STARTS.some((start) => words[object]!.lower.startsWith(start))) continue;
    out.push({ start: i, end: fast + 1, sparesObject: true });
  }
  return out;
}

/** Verbs of missing someone. */
const MISS = new Set('miss misses missed missing sakna saknar saknade saknat savne savner savnet savna saknar sakne'.split(' '));
/** How far before "miss" its subject may stand ("I really miss", "jeg savner", "eg har sakna"). */
const MISS_SUBJECT_REACH = 2;

/**
 * "Jeg savner ham", "jag saknar honom så", "I miss her every day": grief, the speaker (or "we") missing someone
 * gone, which is not the wish class's "savne meg" (nobody would miss me), whose pronoun also stands for "ham".
 * A subject of the first or second person up to two words before the verb and an object not of those persons right
 * after it; the span reaches from the subject to the object. "Ingen kommer til å savne meg" keeps the wish.
 */
function missingSomeone(answer: AnswerAnalysis): IdiomSpan[] {
  const words = answer.words;
  const out: IdiomSpan[] = [];
  const speaker = (k: number) => (words[k]!.roles & PRONOUN_ROLE.subj) !== 0 && (words[k]!.roles & PRONOUN_ROLE.firstOrSecond) !== 0;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!MISS.has(words[i]!.lower) || words[i + 1]!.gap !== GAP_NONE) continue;
    const object = words[i + 1]!;
    if ((object.roles & PRONOUN_ROLE.firstOrSecond) !== 0 || (object.roles & PRONOUN_ROLE.reflexive) !== 0) continue;
    for (let k = i - 1; k >= 0 && k >= i - MISS_SUBJECT_REACH; k--) {
      if (speaker(k)) {
        out.push({ start: k, end: i + 1 });
        break;
      }
      if (words[k + 1]!.gap !== GAP_NONE) break;
    }
  }
  return out;
}

/** Verbs of a cut or a burn ("skar sig", "brente meg", "cut myself"). */
const CUT_OR_BURN = new Set(
  ('cut cuts burnt burned burns scalded scratched grazed scraped ' +
    'skar skär skära skurit kutta kuttet kutter kutte skjærer skjære skåret ' +
    'brände bränner bränt bränna brente brent brant brenner brenne ' +
    'repade rev skrapade rispet rispa risset skrapte').split(' '),
);
const ON_A_THING = new Set('on på'.split(' '));
/** Little words before the thing ("on the tin", "på en burk", "på min kniv"). */
const THING_DETERMINERS = new Set('the a an my his her en ett et min mitt sin sitt den det'.split(' '));
/**
 * How the name of a thing one gets cut or burnt on ends, compounds too ("tonfiskburken", "brødkniven",
 * "bastuaggregatet"): tins, sheet metal, knives, glass, lids, edges, nails, stoves and other hot things, tools.
 * A body part never ends so: "skar mig på armen" stays (so no "panna", sv forehead, nor "lock", "ögonlocket").
 */
const THING_ENDINGS = [
  'tin', 'can', 'glass', 'knife', 'lid', 'edge', 'nail', 'stove', 'oven', 'grill', 'pan', 'iron', 'kettle', 'saw', 'wire',
  'fence', 'radiator', 'heater', 'tray',
  'burk', 'burken', 'plåt', 'plåten', 'kniv', 'kniven', 'glas', 'glaset', 'glasset', 'burklock', 'burklocket',
  'kant', 'kanten', 'spik', 'spiken', 'spikeren', 'aggregat', 'aggregatet', 'spis', 'spisen', 'ugn', 'ugnen', 'ovn', 'ovnen',
  'grillen', 'kastrull', 'kastrullen', 'komfyr', 'komfyren', 'plate', 'platen', 'boks', 'boksen', 'kamin', 'kaminen', 'peis',
  'peisen', 'sax', 'saxen', 'saks', 'saksen', 'tråd', 'tråden', 'såg', 'sågen', 'sagen', 'kjele', 'kjelen', 'stekpanna',
  'stekpannan', 'stekepanne', 'stekepanna', 'flaska', 'flaskan', 'flaske', 'flasken', 'järnet', 'jernet', 'verktyg', 'verktøy', 'maskin',
  'maskinen', 'element', 'elementet', 'bush', 'thorns', 'branch', 'buske', 'busken', 'busk', 'grenen', 'gren', 'taggarna',
  'tornene', 'coffee', 'tea', 'kaffet', 'kaffen', 'kaffe', 'teet', 'teen', 'vattnet', 'vannet',
  // nb feminine definite forms ("stekeplata", "kaffekanna") and kettles ("vannkokeren", "vattenkokaren")
  'plata', 'kanna', 'kanne', 'kannen', 'kokare', 'kokaren', 'koker', 'kokeren',
];

/**
 * "Skar sig på plåten", "skar mig på tonfiskburken", "brente meg på peisen", "cut myself on the tin": a cut or a burn
 * on a thing (`THING_ENDINGS`), an everyday accident; the span reaches from the verb to the thing, so it takes
 * "skar sig". On a body part ("på armen") or with a tool ("med kniven") it stays. Linear in the answer.
 */
function hurtOnAThing(answer: AnswerAnalysis): IdiomSpan[] {
  const words = answer.words;
  const out: IdiomSpan[] = [];
  for (let i = 0; i + 3 < words.length; i++) {
    if (!CUT_OR_BURN.has(words[i]!.lower)) continue;
    // the reflexive ("skar mig på"), or one's own body part ("scratched my arm on", "repade min arm på")
    const own = (words[i + 1]!.roles & PRONOUN_ROLE.reflexive) !== 0 ? i + 1 : (words[i + 1]!.roles & PRONOUN_ROLE.poss) !== 0 ? i + 2 : -1;
    if (own < 0 || !ON_A_THING.has(words[own + 1]?.lower ?? '')) continue;
    let k = own + 2;
    if (k >= words.length) continue;
    if (THING_DETERMINERS.has(words[k]!.lower) && k + 1 < words.length && words[k + 1]!.gap === GAP_NONE) k++;
    if (words.slice(i + 1, k + 1).some((word) => word.gap !== GAP_NONE)) continue;
    // the thing's name, or the second of its two words ("a rose bush", "the tin lid")
    const thingAt = [k, k + 1].find((m) => m < words.length && (m === k || words[m]!.gap === GAP_NONE) && THING_ENDINGS.some((end) => words[m]!.lower.endsWith(end)));
    if (thingAt !== undefined) out.push({ start: i, end: thingAt });
  }
  // "skar sig när hon skivade limpa", "cut myself while I was chopping onions": a cut at a kitchen chore
  for (let i = 0; i + 2 < words.length; i++) {
    if (!CUT_OR_BURN.has(words[i]!.lower) || (words[i + 1]!.roles & PRONOUN_ROLE.reflexive) === 0 || !WHILE.has(words[i + 2]!.lower)) continue;
    for (let k = i + 3; k < words.length && k <= i + 2 + CHORE_REACH && words[k]!.gap === GAP_NONE; k++) {
      if (CHORES.has(words[k]!.lower)) {
        out.push({ start: i, end: k });
        break;
      }
    }
  }
  return out;
}

const WHILE = new Set('while when när da når mens'.split(' '));
/** Kitchen and household chores a cut or a burn happens at, as told after "when", "när", "da". */
const CHORES = new Set(
  ('chopping slicing peeling cooking baking ironing shaving carving ' +
    'skivade skivar hackade hackar skalade skalar lagade lagar bakade bakar strök stryker rakade rakar diskade diskar ' +
    'skar skjærte skrelte skreller laget lager bakte baker strøk stryker barberte barberer vasket vasker').split(' '),
);
/** How many words after "when" its chore may stand ("när hon skivade", "while I was chopping"). */
const CHORE_REACH = 4;

// sv/nb "fast i" (stuck in) is said of a series as of a habit: "helt fast i den nya deckarserien"
const HOOKED = new Set('addicted hooked beroende avhengig hekta hektet fast'.split(' '));
const HOOKED_ON = new Set('to on av på i'.split(' '));
/** Little words between "addicted to" and its object ("addicted to my phone", "beroende av min mobil"). */
const DETERMINERS = new Set('the my his her this that min mitt mina sin sitt sina den det mine sine denne dette'.split(' '));
/** Everyday things people say they are "addicted to": no substance a screening asks about. */
const EVERYDAY = new Set(
  ('coffee caffeine tea chocolate sugar sweets crisps tv telly netflix series phone mobile gaming games football gym running ' +
    'shopping work tiktok instagram youtube crosswords run runs walk walks jog swim swimming music books podcasts puzzles sudoku exercise ' +
    'kaffe te choklad godis socker chips tv serier serien netflix mobilen telefonen spel träning gymmet jobbet shopping ' +
    'promenad promenaden promenader promenaderna korsord pussel musik böcker podd poddar podden ' +
    'sjokolade godteri snop sukker serie mobil telefon spill trening jobben tiktok instagram youtube ' +
    'tur turen turer turene turar kryssord puslespill musikk bøker podkast podkaster trim trimmen ' +
    // soaps and programmes ("dokusåpan", "realityprogrammet")
    'såpa såpan såpor såpe såpen såper program programmet programmen programmene').split(' '),
);
/** A last part of a compound that names an everyday thing ("morgonpromenaden", "morgenturen", "kvällskaffet"). */
const EVERYDAY_PARTS = [...EVERYDAY].filter((word) => word.length >= 4);
/** Doing words of use itself ("addicted to drinking", nb "hekta på røyking"): never an everyday pastime. */
const USE_ACTIVITIES = new Set(
  ('drinking using smoking injecting snorting sniffing boozing vaping taking ' +
    'drickande rökning injicering sniffning snortning ' +
    'drikking røyking røyking injisering sniffing snorting rusing festing').split(' '),
);

/**
 * Is answer word `k` an everyday object of an addiction word: a name (a capital letter inside the sentence), an
 * everyday thing (`EVERYDAY`), a compound ending in one, or a pastime said as a doing word ("knitting", nb
 * "strikking", sv "stickning"), not a doing word of use (`USE_ACTIVITIES`)?
 */
function everydayObject(answer: AnswerAnalysis, k: number): boolean {
  const object = answer.words[k]!;
  if (USE_ACTIVITIES.has(object.lower)) return false;
  if (everydayThing(answer, k)) return true;
  return object.lower.length >= 7 && (object.lower.endsWith('ing') || object.lower.endsWith('ning'));
}

/** A name, an everyday thing, or the thing inflected or ending a compound ("kryssordene", "morgonpromenaden"). */
function everydayThing(answer: AnswerAnalysis, k: number): boolean {
  const object = answer.words[k]!;
  const first = answer.text[object.start] ?? '';
  return first !== first.toLowerCase() || EVERYDAY.has(object.lower) || EVERYDAY_PARTS.some((part) => endsWithPart(object.lower, part));
}

/** Does `word` end with `part` (after three letters or more, or from its start), up to an ending of three letters? */
function endsWithPart(word: string, part: string): boolean {
  const at = word.lastIndexOf(part);
  return at >= 0 && (at === 0 || at >= 3) && word.length - at - part.length <= 3;
}

/** Little words after which an object's noun phrase has ended ("addicted to gardening and…", "avhengig av kaffe om morgenen"). */
const PHRASE_ENDS = new Set(
  ('and or but every all since for at in on out too again lately now these this so to with about from of by after before when haha ' +
    'och eller men varje sedan för i på nu just hela om med av från till efter innan när ' +
    'og eller men hver siden for i på nå tiden hele om med av fra til etter før når').split(' '),
);
/** How many words an object's noun phrase may run to ("that new detective series"). */
const OBJECT_WORDS = 3;

/**
 * "Addicted to Bake Off", "beroende av min morgonpromenad", "hekta på strikking", "addicted to his morning run": the
 * words of an addiction said of a programme, a brand, a pastime or an everyday thing, a way of saying one likes it
 * (`everydayObject`, the word after "to"/"av"/"på" and a determiner, or the next one: "his morning run"); the span
 * reaches from the addiction word to it, so it takes a trigger "addicted" or "beroende av"; a substance named as the
 * object ("addicted to Subutex") is still found by its own word (`sparesObject`), and an object that is neither
 * ("avhengig av piller") keeps the addiction word. Linear in the answer.
 */
function hookedOnSomethingEveryday(answer: AnswerAnalysis): IdiomSpan[] {
  const words = answer.words;
  const out: IdiomSpan[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (!HOOKED.has(words[i]!.lower) || !HOOKED_ON.has(words[i + 1]!.lower) || words[i + 1]!.gap !== GAP_NONE) continue;
    let k = i + 2;
    if (DETERMINERS.has(words[k]!.lower) && k + 1 < words.length && words[k + 1]!.gap === GAP_NONE) k++;
    if (words[k]!.gap !== GAP_NONE) continue;
    // the thing named in more words ("his morning run", "her sleeping pills", "that new detective series"): the last
    // word of the phrase decides, or an everyday thing before it ("kaffe om morgenen")
    let head = k;
    while (head + 1 < words.length && head + 1 < k + OBJECT_WORDS && words[head + 1]!.gap === GAP_NONE && !PHRASE_ENDS.has(words[head + 1]!.lower) &&
      !USE_ACTIVITIES.has(words[head]!.lower)) head++;
    if (everydayObject(answer, head) || (head > k && everydayThing(answer, k))) out.push({ start: i, end: head, sparesObject: true });
  }
  return out;
}

const TAKES = new Set(['tar', 'tog', 'tok']);
const ON_WORDS = new Set(['på', 'pa']);
const FIRST_PERSON_OBJECT = new Set(['mig', 'mej', 'meg', 'oss']);
const FIRST_PERSON_SUBJECT = new Set(['jag', 'jeg', 'vi']);

/**
 * sv/nb "X tar livet av mig/meg" (or sv "tar död på mig") with anything but "jag/jeg" as X ("blanketten tar livet av mig",
 * "den varmen her tar livet av meg"): something (or someone) is killing me, said of a form, heat
 * or a person, not a wish to die; the span reaches one word before "tar", so it takes the trigger
 * "ta livet av mig". "Jag tar livet av mig", "att jag bara tar livet av mig" and the inverted
 * "i morgon tar jag livet av mig" keep it: a first-person subject up to two words before "tar",
 * or any word between "tar" and "livet", and the idiom does not hold. Linear in the answer.
 */
function thingKillsMe(answer: AnswerAnalysis): { start: number; end: number }[] {
  const words = answer.words;
  const out: { start: number; end: number }[] = [];
  for (let i = 1; i + 3 < words.length; i++) {
    // "tar livet av mig", and "tar död på mig" (sv "på" may be typed "pa")
    const life = words[i + 1]!.key === 'livet' && words[i + 2]!.lower === 'av';
    const death = (words[i + 1]!.lower === 'död' || words[i + 1]!.lower === 'død') && ON_WORDS.has(words[i + 2]!.lower);
    if (!TAKES.has(words[i]!.lower) || !(life || death)) continue;
    if (!FIRST_PERSON_OBJECT.has(words[i + 3]!.lower)) continue;
    if (FIRST_PERSON_SUBJECT.has(words[i - 1]!.lower) || FIRST_PERSON_SUBJECT.has(words[i - 2]?.lower ?? '')) continue;
    if (words[i]!.gap !== GAP_NONE) continue; // "tar" opening a clause has no subject before it
    out.push({ start: i - 1, end: i + 3 });
  }
  return out;
}
