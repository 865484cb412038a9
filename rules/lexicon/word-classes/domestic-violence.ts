import type { ConceptCues } from './concept-cues';
import { INNOCENT_EXPLANATIONS, NOBODY } from './innocent-explanations';
import { VIOLENCE_WORDS } from './violence-words';

export const domesticViolenceCues: ConceptCues = {
  concept: 'domestic-violence',
  note:
    'Violence and coercive control by a partner, ex-partner or family member as the DASH risk checklist ' +
    'and the UK statutory definition (Domestic Abuse Act 2021: physical, sexual, threatening, ' +
    'controlling, economic, stalking, emotional abuse; forced marriage and honour-based abuse) describe ' +
    'it: a violence or threat word with a person it is done to (me, her, him, us) or a partner or relative ' +
    'doing it; a controlling verb with money, papers, phone or freedom; stalking with a partner; ' +
    'insults said to a person; marriage with coercion; debt in someone\'s name.',
  classes: {
    violence: VIOLENCE_WORDS,
    person: {
      en: ['me', 'us'], // not 'myself': violence done to oneself is self-harm, not violence by another
      sv: [],
      nb: [],
    },
    partner: {
      en: ['partner', 'ex', 'ex-partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'stepdad',
        'stepfather', 'stepmum', 'dad', 'father', 'mum', 'mother', 'brother', 'sister', 'son', 'uncle', 'cousin',
        'in-laws', 'brother-in-law', 'father-in-law', 'mother-in-law', 'family', 'his family', 'her family', 'he', 'she',
        'they', 'fella', 'bloke', 'other half'],
      sv: ['sambo', 'sambon', 'make', 'maken', 'man', 'mannen', 'fru', 'frun', 'hustru', 'ex', 'exet', 'exmaken',
        'pojkvän', 'pojkvännen', 'flickvän', 'pappa', 'far', 'farsan', 'mamma', 'mor', 'morsan', 'styvpappa',
        'bror', 'brorsan', 'syster', 'familjen', 'släkten', 'svärfar', 'svärmor', 'han', 'hon',
        'de', 'dom'],
      nb: ['samboer', 'samboeren', 'mann', 'mannen', 'kone', 'kona', 'ektemann', 'ektemannen', 'eks', 'eksen',
        'ekskona', 'eksmannen', 'kjæreste', 'kjæresten', 'pappa', 'far', 'faren', 'farsen', 'mamma', 'mor', 'moren',
        'stefar', 'stefaren', 'bror', 'broren', 'søster', 'familien', 'slekta', 'svigerfar', 'svigermor', 'han',
        'hun', 'de'],
    },
    control: {
      en: ['takes', 'took', 'taken', 'take', 'controls', 'controlled', 'controlling', 'keeps', 'kept', 'holds',
        'checks', 'checking', 'decides', 'won\'t let', 'will not let', 'not let me', 'not allowed', 'no access', 'not have access', 'not ... any access',
        'stops me', 'stopped me', 'locks', 'locked', 'locks me in', 'hides', 'hid', 'confiscated', 'makes me ask',
        'have to ask', 'has to ask', 'gives me', 'allowance', 'in my name', 'in her name', 'debts', 'loans',
        'monitors', 'reads my', 'not give me', 'will not give', 'broke', 'smashed', 'took away', 'takes away'],
      sv: ['tar', 'tog', 'tagit', 'kontrollerar', 'kontrollerade', 'bestämmer', 'bestämde', 'behåller', 'låser',
        'låser in', 'låste in', 'gömmer', 'gömde', 'läser', 'kollar', 'får inte', 'fick inte', 'inte får', 'ingen tillgång', 'inte ... någon tillgång', 'inte tillgång',
        'måste be om', 'tar med sig', 'i mitt namn', 'i hennes namn', 'lån', 'skulder', 'övervakar', 'ger mig inte', 'slog sönder', 'krossade', 'tog ifrån'],
      nb: ['tar', 'tok', 'tatt', 'kontrollerer', 'kontrollerte', 'bestemmer', 'bestemte', 'beholder', 'låser',
        'låser inne', 'låste inne', 'gjemmer', 'gjemte', 'leser', 'sjekker', 'får ikke', 'fikk ikke', 'ikke får',
        'ingen tilgang', 'ikke ... noen tilgang', 'ikke tilgang', 'må be om', 'tar med seg', 'i mitt navn', 'i hennes navn', 'lån', 'gjeld', 'overvåker', 'gir meg ikke', 'knuste', 'ødela', 'tok fra'],
    },
    controlled: {
      en: ['money', 'wage', 'wages', 'salary', 'pay', 'benefits', 'universal credit', 'account', 'bank card', 'card',
        'cards', 'phone', 'passport', 'papers', 'documents', 'keys', 'car keys', 'who i see', 'where i go', 'what i wear',
        'what i buy', 'receipts', 'shopping', 'my friends', 'my family', 'friends', 'family', 'the house', 'the flat', 'pin', 'credit card', 'loan', 'loans'],
      sv: ['pengar', 'pengarna', 'lön', 'lönen', 'bidrag', 'konto', 'kontot', 'bankkort', 'bankkortet', 'telefon',
        'telefonen', 'mobil', 'mobilen', 'pass', 'passet', 'id-kort', 'nycklar', 'nyckeln', 'nycklarna', 'vem jag träffar',
        'vart jag går', 'vad jag köper', 'kvitton', 'kvittona', 'köpa', 'kläder', 'lägenheten', 'namn', 'vänner', 'vännerna', 'familjen', 'träffa'],
      nb: ['penger', 'pengene', 'lønn', 'lønna', 'lønnen', 'trygd', 'stønad', 'konto', 'kontoen', 'bankkort', 'bankkortet',
        'telefon', 'telefonen', 'mobil', 'mobilen', 'pass', 'passet', 'nøkler', 'nøkkelen', 'hvem jeg treffer',
        'hvor jeg går', 'hva jeg kjøper', 'kvitteringer', 'kvitteringene', 'kjøpe', 'klær', 'leiligheten', 'navn', 'venner', 'vennene', 'familien', 'treffe'],
    },
    support: {
      en: ['non-molestation order', 'non molestation order', 'marac', 'idva', 'refuge', 'women\'s aid', 'dv order',
        'restraining order', 'occupation order', 'dash risk', 'clare\'s law'],
      sv: ['kvinnojour', 'kvinnojouren', 'skyddat boende', 'besöksförbud', 'kontaktförbud', 'larmpaket', 'trygghetslarm'],
      nb: ['krisesenter', 'krisesenteret', 'besøksforbud', 'kontaktforbud', 'voldsalarm', 'omvendt voldsalarm'],
    },
    fear: {
      en: ['scared of', 'afraid of', 'frightened of', 'terrified of', 'eggshells', 'scared to go home', 'fear for my life'],
      sv: ['rädd för', 'livrädd för', 'skräckslagen', 'går på tå', 'rädd att gå hem'],
      nb: ['redd for', 'livredd for', 'går på nåler', 'redd for å gå hjem'],
    },
    sexual: {
      en: ['sex', 'sexual', 'sexually', 'intercourse', 'sleep with him', 'sleep with', 'touch me', 'touched me'],
      sv: ['sex', 'sexuellt', 'samlag', 'ligga med honom', 'ta på mig'],
      nb: ['sex', 'seksuelt', 'samleie', 'ligge med ham', 'ta på meg'],
    },
    confine: {
      en: ['locks me in', 'locked me in', 'lock me in', 'locks me out', 'locked me out', 'keeps me in', 'not let me leave',
        'will not let me out', 'not allowed out', 'not allowed to leave'],
      sv: ['låser in mig', 'låste in mig', 'låst in mig', 'stänger in mig', 'låser ute mig', 'släpper inte ut mig',
        'får inte gå ut'],
      nb: ['låser meg inne', 'låste meg inne', 'stenger meg inne', 'låser meg ute', 'slipper meg ikke ut',
        'får ikke gå ut'],
    },
    stalking: {
      en: ['turning up', 'turns up', 'turned up', 'shows up', 'showing up', 'sitting outside', 'waiting outside',
        'parked outside', 'outside my', 'outside her', 'following me', 'follows me', 'followed me', 'following her',
        'tracking', 'tracker', 'tracks', 'gps', 'find my', 'location', 'stalking', 'stalks', 'stalked', 'watching me',
        'knows where i live', 'new numbers', 'texts a day', 'messages a day', 'calls a day', 'keeps messaging',
        'keeps calling', 'won\'t leave me alone', 'will not leave me alone', 'harass', 'harassing', 'harassment', 'driving past', 'drives past', 'drove past',
        'walking past', 'hanging around'],
      sv: ['dyker upp', 'dök upp', 'står utanför', 'stod utanför', 'sitter utanför', 'satt utanför', 'väntar utanför',
        'förföljer', 'förföljde', 'följer efter', 'följde efter', 'spårar', 'sändare', 'gps', 'gps-sändare', 'position',
        'vet var jag bor', 'nya nummer', 'sms om dagen', 'ringer hela tiden', 'trakasserar', 'lämnar mig inte ifred', 'kör förbi', 'körde förbi', 'går förbi'],
      nb: ['dukker opp', 'dukket opp', 'står utenfor', 'sto utenfor', 'sitter utenfor', 'satt utenfor', 'venter utenfor',
        'forfølger', 'forfulgte', 'følger etter', 'fulgte etter', 'sporer', 'sender', 'gps', 'posisjon',
        'vet hvor jeg bor', 'nye nummer', 'meldinger om dagen', 'ringer hele tiden', 'trakasserer', 'lar meg ikke være', 'kjører forbi', 'kjørte forbi', 'går forbi'],
    },
    insult: {
      en: ['whore', 'slut', 'bitch', 'useless', 'worthless', 'disgusting', 'stupid', 'fat', 'ugly', 'pathetic', 'nothing',
        'crazy', 'mental', 'thick', 'idiot', 'names'],
      sv: ['hora', 'slampa', 'subba', 'äcklig', 'värdelös', 'ful', 'fet', 'dum i huvudet', 'idiot', 'patetisk', 'galen',
        'ingenting', 'saker', 'fula ord'],
      nb: ['hore', 'tispe', 'ekkel', 'verdiløs', 'ubrukelig', 'stygg', 'feit', 'dum', 'idiot', 'patetisk', 'gal',
        'ingenting', 'stygge ord'],
    },
    callsMe: {
      en: ['calling me', 'calls me', 'called me', 'calling her', 'calls her', 'called her', 'tells me i am',
        'says i am', 'told me i am', 'no one else would want'],
      sv: ['kallar mig', 'kallade mig', 'kallar henne', 'kallade henne', 'kallad', 'säger att jag är', 'ingen annan skulle vilja'],
      nb: ['kaller meg', 'kalte meg', 'kaller henne', 'kalt', 'sier at jeg er', 'ingen andre ville'],
    },
    marriage: {
      en: ['marry', 'married off', 'marriage', 'wedding', 'engaged to'],
      sv: ['gifta', 'gifta mig', 'gifta sig', 'bortgift', 'äktenskap', 'bröllop'],
      nb: ['gifte', 'gifte meg', 'gifte seg', 'bortgift', 'ekteskap', 'bryllup', 'tvangsekteskap'],
    },
    coercion: {
      en: ['force', 'forced', 'forcing', 'make me', 'made me', 'want me to', 'wants me to', 'decided', 'arranged',
        'not allowed', 'refuse', 'dead to them', 'disown', 'pressure', 'pressured', 'no choice', 'or else', 'not allowed to say no', 'can not say no', 'took my passport'],
      sv: ['tvinga', 'tvingar', 'tvingad', 'tvingade', 'bestämt', 'bestämde', 'får inte', 'inte får säga nej', 'vägrar',
        'arrangerat', 'press', 'pressar', 'inget val', 'annars', 'får inte säga nej', 'inte får säga nej'],
      nb: ['tvinge', 'tvinger', 'tvunget', 'tvang', 'bestemt', 'bestemte', 'får ikke', 'ikke lov', 'nekter',
        'arrangert', 'press', 'presser', 'ikke noe valg', 'ellers', 'får ikke lov å si nei', 'ikke lov å si nei'],
    },
  },
  rules: [
    { all: ['support'] },
    { all: ['fear', 'person'], within: 5 },
    { all: ['fear', 'partner'], within: 6 },
    { all: ['sexual', 'coercion'], within: 8 },
    { all: ['violence', 'person'], within: 5 },
    { all: ['partner', 'violence'], within: 10 },
    { all: ['control', 'controlled'], within: 6 },
    { all: ['confine'] },
    { all: ['stalking', 'partner'], within: 12 },
    { all: ['stalking', 'person'], within: 4 },
    { all: ['insult', 'callsMe'], within: 6 },
    { all: ['marriage', 'coercion'], within: 14 },
  ],
  innocent: INNOCENT_EXPLANATIONS,
  deniers: NOBODY,
};
