import type { ConceptCues, CueWords } from './concept-cues';
import { INNOCENT_EXPLANATIONS } from './innocent-explanations';

/**
 * Innocent explanations that hold for self-harm only: a needle in sewing, a "punishing" workout. Kept out of the
 * shared list, where "gym" would quieten a partner's blow told after it.
 */
const SELF_HARM_ONLY_INNOCENT: CueWords = {
  en: ['sewing', 'sewed', 'sew', 'knitting', 'embroidery', 'workout', 'gym', 'the gym', 'acne', 'spots', 'stretch marks',
    'operation', 'surgery', 'caesarean', 'c-section', 'tattoo', 'eczema', 'psoriasis', 'itchy', 'rash', 'the cat', 'the dog',
    'kitten', 'puppy', 'trampoline', 'warehouse', 'factory', 'building site', 'on site', 'fryer', 'deep fat fryer', 'work accident',
    'injury at work', 'industrial injury', 'slipped', 'slipping', 'knife slipped', 'candle', 'candles', 'incense', 'bonfire',
    // a medicine or the skin that explains marks and scratching; insect bites; a fall off a bike or on ice; the kitchen
    'blood thinners', 'blood thinner', 'blood-thinners', 'warfarin', 'anticoagulants', 'dry skin', 'insect bites', 'mosquito bites',
    'midge bites', 'cycling', 'my bike', 'his bike', 'her bike', 'icy', 'on the ice', 'in the kitchen', 'by mistake',
    // an animal's bite or claws; a trade whose tools mark the hands ("cuts from his job as a chef")
    'dog bite', 'dog bites', 'a dog', 'bitten by', 'cat scratch', 'cat scratches', 'horse', 'as a chef', 'a chef', 'chef', 'butcher',
    'carpenter', 'joiner', 'welder', 'welding', 'gardening', 'brambles', 'roses', 'from work', 'from his job', 'from her job', 'from my job',
    // a hammer or a knife that slipped onto a thumb during a job at home
    'on my thumb', 'on the thumb', 'on his thumb', 'on her thumb', 'hammering', 'putting up shelves', 'putting up a shelf', 'putting up a picture', 'diy'],
  sv: ['syr', 'sydde', 'stickar', 'stickade', 'broderar', 'träningspass', 'gymmet', 'gymet', 'akne', 'finnar',
    'bristningar', 'operationen', 'operation', 'kejsarsnittet', 'kejsarsnitt', 'tatuering', 'tatueringen', 'eksem', 'psoriasis',
    'klåda', 'utslag', 'katten', 'hunden', 'kattungen', 'valpen', 'studsmattan', 'studsmatta', 'sågverket', 'lagret', 'fabriken',
    'bygget', 'verkstaden', 'fritösen', 'frityren', 'arbetsskada', 'arbetsolycka', 'slant', 'halkade', 'stearinljus', 'värmeljus', 'rökelse',
    'blodförtunnande', 'waran', 'torr hud', 'huden är torr', 'huden är så torr', 'myggbett', 'myggbetten', 'insektsbett', 'cyklade',
    'cyklar', 'cykeln', 'halkan', 'i halkan', 'i köket', 'av misstag', 'bastun', 'bastuaggregatet', 'kaminen',
    'hundbett', 'hundbettet', 'kattbett', 'kattbettet', 'en hund', 'biten av', 'bet henne', 'bet honom', 'hästen', 'kock', 'som kock',
    'slaktare', 'snickare', 'svetsare', 'svetsning', 'trädgården', 'rosorna', 'från jobbet', 'på bygget',
    'på tummen', 'tummen', 'spikade', 'spikar', 'spika', 'snickrade', 'snickrar', 'snickra'],
  nb: ['syr', 'sydde', 'strikker', 'strikket', 'broderer', 'treningsøkt', 'treningsøkta', 'treningssenteret', 'akne',
    'kviser', 'strekkmerker', 'strekkmerkene', 'operasjonen', 'operasjon', 'keisersnittet', 'keisersnitt', 'tatovering', 'tatoveringen',
    'eksem', 'psoriasis', 'kløe', 'utslett', 'katten', 'katta', 'hunden', 'kattungen', 'valpen', 'trampolinen', 'trampoline',
    'fiskemottaket', 'lageret', 'fabrikken', 'byggeplassen', 'verkstedet', 'frityren', 'frityrgryta', 'yrkesskade', 'arbeidsulykke',
    'glapp', 'gled', 'stearinlys', 'telys', 'røkelse',
    'blodfortynnende', 'marevan', 'tørr hud', 'huden er tørr', 'huden er så tørr', 'myggstikk', 'myggstikkene', 'myggstikka',
    'insektstikk', 'knott', 'syklet', 'sykla', 'sykkelen', 'holka', 'glatta', 'på kjøkkenet', 'ved et uhell',
    'badstua', 'peisen', 'vedovnen',
    'hundebitt', 'hundebittet', 'kattebitt', 'kattebittet', 'en hund', 'bitt av', 'bet henne', 'bet ham', 'hesten', 'kokk', 'som kokk',
    'slakter', 'snekker', 'sveiser', 'sveising', 'hagen', 'rosene', 'fra jobben', 'fra jobb',
    'på tommelen', 'tommelen', 'spikret', 'spikrer', 'spikre', 'snekret', 'snekrer', 'snekre'],
};

export const selfHarmCues: ConceptCues = {
  concept: 'self-harm',
  aboutOwnActs: true,
  note:
    'Self-harm as people describe it (NICE NG225 on self-harm covers cutting, burning, scratching, ' +
    'hitting, biting, hair pulling, ligatures, swallowing objects, starving or vomiting to punish oneself): ' +
    'an act word with the self, a part of the body, blood, "until it bleeds/bruises/hurts", "on purpose", ' +
    '"as punishment" or "deserve"; scars, marks ' +
    'or wounds with cutting or burning or on the body; pulling out hair, lashes or brows; the abbreviations ' +
    'SH, DSH (deliberate self-harm), NSSI (non-suicidal self-injury) and sv SSB (självskadebeteende). Everyday accidents ("cut my finger", "burnt myself cooking") stay out through the ' +
    'idiom list (rules/match/idioms.ts); a finger, a hand on a stove, a head knocked on a cupboard are not ' +
    'among the body words (a head counts with a wall or the self). A ' +
    'blade or a lighter used on the body counts; shaving is an innocent explanation, unless the harm is said ' +
    'to be on purpose (then no object or accident idiom explains it away). Also told other ways: a needle or pin ' +
    'pushed into the body; marks, scars or cuts hidden or covered; distress "taken out on" one\'s own body; an act ' +
    'said with the relief it brings ("the only thing that calms me"). Sewing, a workout, acne, stretch marks, an ' +
    'operation\'s scar and a tattoo explain these innocently; so do a skin condition, a pet, a trampoline, a workplace, a ' +
    'fryer, or a thumb hit while nailing or putting up a shelf at home. Also: acts told in short pieces with where they are hidden ("I cut. On my legs so no one sees."), head-banging as a ' +
    'habit against a door or a wall, cigarettes put out on the body, wounds opened again, not eating as what one "does not ' +
    'deserve", not eating "when I have been naughty" (nb "vært slem"), ' +
    'a means found with doing it again; scalding; skipping meals on purpose or not deserving food; a blade when the ' +
    'anxiety comes; a dressing on the wrists with who did it or with what; cutting that goes on (how often) or came ' +
    'back; burns with who made them or a cigarette or lighter; a blade kept "just in case" or used; cutting "when things ' +
    'pile up" or when the anxiety cannot be borne; food refused for failing; the head against a wall or mirror told in ' +
    'the present, with intent or as still going on; a needle with the relief it brings. Told only as long past with none since (old scars from the teens, "nothing since"), it is a check-in.',
  classes: {
    strong: {
      en: ['sh', 'self-harm*', 'selfharm*', 'self harm*', 'self injur*', 'ligature', 'ligatures', 'head-banging',
        'head banging', 'headbanging', 'trichotillomania', 'pull my hair out', 'pulls her hair out', 'pulling my hair out',
        'pulled my hair out', 'make myself sick', 'dsh', 'nssi', 'self-injurious', 'made myself sick', 'hurt myself', 'harm myself', 'injure myself', 'cutting again', 'do myself harm', 'does herself harm', 'started cutting', 'cut again',
        'burning myself', 'relapsed', 'pull out my hair', 'pulling out my hair', 'tear my hair out', 'tearing my hair out', 'not deserve to eat', 'not deserve food', 'not ... deserve to eat', 'not ... deserve food'],
      sv: ['självskad*', 'ssb', 'skadar mig själv', 'skada mig själv', 'skadat mig själv', 'skadade mig själv', 'rispar sig',
        'ristar sig', 'river sig', 'drar ut håret', 'rycker ut håret', 'kräks med flit', 'skär sig', 'gör sig illa', 'skär igen', 'börjat skära', 'skurit igen', 'drar ut mitt hår', 'rycker ut mitt hår', 'drar ut hår', 'rycker ut hår', 'river ut hår', 'skållar sig', 'skållade sig', 'förtjänar inte mat', 'inte förtjänar mat', 'förtjänar inte att äta', 'inte förtjänar att äta', 'gör illa sig', 'göra illa sig', 'gjort illa sig', 'gjorde illa sig'],
      nb: ['sh', 'selvskad*', 'sjølvskad*', 'skader meg selv', 'skade meg selv', 'skadet meg selv', 'skader seg', 'skade seg', 'risper seg',
        'kutter seg', 'kuttet seg', 'kutta seg', 'drar ut håret', 'river ut håret', 'kaster opp med vilje', 'gjør seg vondt', 'gjøre seg selv vondt', 'kutter igjen', 'begynt å kutte', 'kuttet igjen', 'drar ut hår', 'river ut hår', 'napper ut håret', 'lugger meg selv', 'skåler seg', 'skolder seg', 'skoldet seg', 'fortjener ikke mat', 'ikke fortjener mat', 'fortjener ikke å spise', 'ikke fortjener å spise'],
    },
    act: {
      en: ['cut', 'cuts', 'cutting', 'burn', 'burns', 'burnt', 'burned', 'burning', 'scratch', 'scratching', 'scratches',
        'scratched', 'bite', 'bites', 'biting', 'hit', 'hits', 'hitting', 'punch', 'punches', 'punching',
        'punched', 'bang', 'banging', 'banged', 'slam', 'slamming', 'picking', 'carve',
        'carved', 'carving', 'stab', 'stabbing', 'starve', 'starving', 'not eat', 'vomit', 'vomiting', 'swallow', 'swallowed', 'harm', 'harming', 'injure', 'injuring', 'stopped eating', 'stop eating', 'starved', 'starving myself', 'pull out my hair', 'pulling out my hair', 'pulls out her hair',
        'picked', 'pick at', 'picking at', 'gouge', 'gouged', 'claw', 'clawing', 'clawed', 'inflict', 'inflicts', 'inflicted', 'inflicting', 'slash', 'slashed', 'slashing',
        'dig ... into', 'digs ... into', 'digging ... into', 'dug ... into', 'rub ... raw', 'scrub ... raw', 'punish', 'punished',
        'dig my nails in', 'digs my nails in', 'digging my nails in', 'dug my nails in', 'scrape', 'scraped', 'scrapes', 'scraping', 'scald', 'scalds', 'scalded', 'scalding', 'skip meals', 'skipping meals', 'skipped meals', 'skip ... meals', 'skipping ... meals', 'not eaten', 'not ... eaten properly'],
      sv: ['skär', 'skära', 'skurit', 'skar', 'ristar', 'ristat', 'rista', 'rispar', 'rispat', 'bränner', 'bränt',
        'brände', 'bränna', 'river', 'rivit', 'klöser', 'klöst', 'kliar', 'biter', 'bita', 'bitit', 'bet', 'slår',
        'slog', 'slå', 'dunkar', 'dunka', 'dunkade', 'nyper', 'svälter', 'svälta', 'inte äta',
        'kräks', 'kräkas', 'spyr', 'svalde', 'svalt', 'skadar', 'skada', 'skadat', 'snör', 'svultit', 'svalt', 'slutat äta', 'slutar äta', 'äter inte', 'drar ut', 'river upp', 'pillar', 'straffa', 'straffar', 'tillfogar', 'tillfogat', 'tillfogade',
        'skrapar', 'skrapat', 'skrapade', 'skrapa', 'skållar', 'skållade', 'skålla', 'skållat', 'hoppar över måltider', 'hoppar över maten', 'hoppat över måltider', 'äter nästan ingenting', 'äter nästan inget'],
      nb: ['kutter', 'kutte', 'kuttet', 'kutta', 'kutt*', 'skjærer', 'skar', 'risper', 'rispet', 'brenner', 'brente',
        'brent', 'brenne', 'river', 'revet', 'klorer', 'klorte', 'klor', 'biter', 'bite', 'bet', 'slår', 'slo', 'slå',
        'dunker', 'dunke', 'dunket', 'klyper', 'sulter', 'sulte', 'ikke spise', 'kaster opp',
        'spyr', 'svelget', 'svelger', 'skader', 'skade', 'skadet', 'sultet', 'sultar', 'sluttet å spise', 'slutta å spise', 'spiser ikke', 'drar ut', 'river opp', 'pirker', 'straffe', 'straffer',
        'risset', 'risser', 'rispa', 'kutta', 'brant', 'svidd', 'skraper', 'skrapt', 'skrapte', 'skrape', 'klør', 'klødde', 'skolder', 'skoldet', 'skolde', 'skolda', 'skålder', 'skåldet', 'hopper over måltider', 'dropper måltider', 'spiser nesten ingenting', 'spiser nesten ikke'],
    },
    trace: {
      en: ['marks', 'scars', 'scar', 'scarring', 'scarred', 'wounds', 'bruises', 'fresh cuts', 'old cuts', 'healed cuts', 'cut marks', 'burn marks', 'new cuts'],
      sv: ['sår', 'såren', 'ärr', 'ärren', 'ärrbildning', 'blåmärken', 'märken', 'färska skärsår', 'rivsår', 'brännsår', 'brännmärken', 'nya skärsår', 'färska sår', 'nya sår'],
      nb: ['sår', 'sårene', 'arr', 'arrene', 'arrdannelse', 'blåmerker', 'merker', 'ferske kutt', 'brannsår', 'brennmerker', 'rifter', 'nye kutt', 'nye sår', 'ferske sår'],
    },
    cutting: {
      en: ['cutting', 'cuts', 'cut', 'carving', 'slashing', 'burning', 'scratching', 'self-harm', 'self harm'],
      sv: ['skärande', 'skärandet', 'skära', 'skurit', 'skärsår', 'rispande', 'rispat', 'ristat', 'brännande', 'självskada'],
      nb: ['kutting', 'kuttingen', 'kutt', 'kuttet', 'skjæring', 'rissing', 'risset', 'brenning', 'selvskading'],
    },
    hairPull: {
      en: ['pull ... out', 'pulls ... out', 'pulling ... out', 'pulled ... out', 'tear ... out', 'tears ... out', 'tearing ... out',
        'rip ... out', 'rips ... out', 'ripping ... out', 'pluck ... out', 'plucks ... out', 'plucking ... out', 'pull out', 'pulls out',
        'pulling out', 'pulled out', 'yank ... out', 'yanks ... out'],
      sv: ['dra av', 'drar av', 'drog av', 'dragit av', 'dra ... av', 'drar ... av', 'drog ... av', 'dra ut', 'drar ut', 'drog ut',
        'dra ... ut', 'drar ... ut', 'drog ... ut', 'slita av', 'sliter av', 'slet av', 'sliter ... av', 'slet ... av', 'slita ut',
        'sliter ut', 'rycka ut', 'rycker ut', 'ryckte ut', 'rycker ... ut', 'ryckte ... ut', 'rycka av', 'rycker av', 'ryckte av',
        'river ut', 'rev ut', 'river av', 'rev av', 'plockar ut', 'plockar bort'],
      nb: ['dra ut', 'drar ut', 'dro ut', 'dratt ut', 'dra ... ut', 'drar ... ut', 'dro ... ut', 'rive ut', 'river ut', 'rev ut',
        'river ... ut', 'rev ... ut', 'nappe ut', 'napper ut', 'nappet ut', 'napper ... ut', 'nappet ... ut', 'lugge', 'lugger',
        'lugget', 'dra av', 'drar av', 'river av', 'rev av', 'plukker ut'],
    },
    hair: {
      en: ['hair', 'her hair', 'his hair', 'my hair', 'eyelashes', 'lashes', 'eyebrows', 'clumps of hair', 'clumps'],
      sv: ['håret', 'hår', 'ögonfransarna', 'ögonfransar', 'ögonbrynen', 'hårtestar', 'tovor'],
      nb: ['håret', 'hår', 'øyevippene', 'vippene', 'øyenbrynene', 'hårdotter', 'totter'],
    },
    // Intent outweighs an innocent object in its sentence ("burnt her arm with the iron on purpose"): cue-combinations.ts.
    // An admission after the cover story that one does it oneself ("says the burns are from cooking, but then admitted she
    // does it herself") outweighs it too.
    onPurpose: {
      en: ['on purpose', 'deliberately', 'intentionally', 'to punish', 'as punishment', 'admitted ... herself', 'admitted ... himself',
        'admitted ... myself', 'admitted ... does it', 'admitted ... did it', 'admitted ... doing it', 'confessed ... herself',
        'confessed ... himself', 'confessed ... does it', 'owned up ... doing it', 'caused herself', 'caused himself', 'caused them herself', 'caused them himself'],
      sv: ['med flit', 'med avsikt', 'medvetet', 'avsiktligt', 'för att straffa', 'erkände ... själv', 'erkänner ... själv', 'erkände ... gör det',
        'erkände ... gjort det', 'medgav ... själv', 'medger ... själv', 'själv orsakat', 'orsakat själv', 'själv har orsakat'],
      nb: ['med vilje', 'med hensikt', 'bevisst', 'med overlegg', 'for å straffe', 'innrømmet ... selv', 'innrømte ... selv', 'innrømmer ... selv',
        'innrømmet ... gjør det', 'innrømmet ... gjort det', 'tilsto ... selv', 'selv har laget', 'selv har påført', 'påført seg selv', 'laget selv'],
    },
    tool: {
      en: ['blade', 'blades', 'razor blade', 'razor blades', 'sharpener', 'pencil sharpener', 'compass', 'scalpel', 'lighter',
        'knife', 'razor', 'cigarette', 'cigarettes', 'paper clip', 'paperclip', 'paper clips', 'scissors'],
      sv: ['rakblad', 'rakbladet', 'vässare', 'pennvässare', 'passare', 'skalpell', 'tändare', 'kniv', 'kniven', 'cigarett',
        'cigaretter', 'cigaretten', 'fimpar', 'fimpa', 'gem', 'gemet', 'sax', 'saxen'],
      nb: ['barberblad', 'barberbladet', 'blyantspisser', 'spisser', 'passer', 'skalpell', 'lighter', 'kniv', 'kniven',
        'sigarett', 'sigaretter', 'sigaretten', 'stumper røyken', 'binders', 'bindersen', 'saks', 'saksa', 'saksen'],
    },
    body: {
      en: ['arms', 'legs', 'thighs', 'wrists', 'wrist', 'stomach', 'skin', 'forearm', 'forearms', 'hip', 'hips', 'upper arm', 'upper arms'],
      sv: ['armarna', 'armen', 'benen', 'låren', 'låret', 'handleden', 'handlederna', 'magen', 'huden', 'underarmen', 'höften', 'höfterna', 'överarmen'],
      nb: ['armene', 'armen', 'beina', 'lårene', 'låret', 'håndleddet', 'håndleddene', 'magen', 'huden', 'underarmen', 'hofta', 'hoften', 'overarmen'],
    },
    self: {
      en: ['myself', 'on purpose', 'deliberately', 'intentionally', 'as punishment', 'as a punishment', 'to punish',
        'punish myself', 'till they bleed', 'until they bleed', 'till it bleeds', 'until it bleeds', 'blood', 'bleed',
        'bleeding', 'arm', 'arms', 'forearm', 'forearms', 'wrist', 'wrists', 'leg', 'legs', 'thigh', 'thighs', 'stomach',
        'skin', 'knuckles', 'walls', 'wall', 'the pain', 'feel something', 'to cope', 'release',
        'till it goes', 'until it goes', 'till it hurts', 'until it hurts', 'till it bruises', 'until it bruises', 'deserve', 'deserves',
        'deserved',
        'make the noise stop', 'with a lighter', 'with a razor', 'with a blade', 'with a compass', 'nails', 'stitches', 'steri-strips', 'too deep', 'raw', 'punishment',
        'hip', 'hips'],
      sv: ['sig', 'själv', 'mig själv', 'med flit', 'med avsikt', 'medvetet', 'för att straffa', 'straffa mig', 'straffa sig',
        'tills det blöder', 'blöder', 'blod', 'armen', 'armarna', 'underarmen', 'handleden', 'handlederna', 'benen', 'låren',
        'låret', 'magen', 'huden', 'knogarna', 'väggen', 'väggar', 'naglarna', 'händerna', 'tills det blir', 'tills det gör ont',
        'tills blodet', 'förtjänar', 'förtjänade',
        'för att känna', 'för att stå ut', 'med en tändare', 'med rakblad', 'stygn', 'sys', 'för djupt', 'som straff', 'straff',
        'till blods', 'höften'],
      nb: ['seg', 'selv', 'meg selv', 'med vilje', 'med hensikt', 'bevisst', 'for å straffe', 'straffe meg', 'straffe seg',
        'til det blør', 'blør', 'blod', 'armen', 'armene', 'underarmen', 'håndleddet', 'håndleddene', 'beina', 'lårene',
        'låret', 'magen', 'huden', 'knokene', 'veggen', 'vegger', 'neglene', 'hendene', 'for å kjenne', 'til det blir',
        'til det gjør vondt', 'til blodet', 'fortjener', 'fortjente',
        'for å få ut', 'trykket', 'med en lighter', 'med barberblad', 'sting', 'sys', 'for dypt', 'som straff', 'straff',
        'til blods', 'vært slem', 'hofta', 'hoften'],
    },
    // A needle or pin pushed into the body ("sticks needles into her fingertips"): the verb and the point together, on the body.
    pierce: {
      en: ['jab', 'jabs', 'jabbing', 'jabbed', 'stick', 'sticks', 'sticking', 'stuck', 'push', 'pushes', 'pushing', 'pushed',
        'prick', 'pricks', 'pricking', 'pricked', 'poke', 'pokes', 'poking', 'poked'],
      sv: ['sticker', 'stack', 'stuckit', 'sticka', 'trycker in', 'tryckte in', 'petar in'],
      nb: ['stikker', 'stakk', 'stukket', 'stikke', 'trykker inn', 'trykket inn'],
    },
    sharpPoint: {
      en: ['needle', 'needles', 'pin', 'pins', 'safety pin', 'safety pins', 'drawing pin', 'drawing pins', 'knitting needle', 'knitting needles'],
      sv: ['nål', 'nålar', 'nålen', 'nålarna', 'säkerhetsnål', 'säkerhetsnålar', 'knappnål', 'knappnålar', 'stickan', 'stickorna', 'strumpstickan'],
      nb: ['nål', 'nåler', 'nåla', 'nålen', 'nålene', 'sikkerhetsnål', 'sikkerhetsnåler', 'knappenål', 'knappenåler', 'strikkepinne', 'strikkepinnen', 'strikkepinnene'],
    },
    // Fingertips and hands count only with a needle: a cut finger is an everyday accident.
    pierced: {
      en: ['fingertips', 'fingers', 'hands', 'hand', 'palms', 'nail beds'],
      sv: ['fingertopparna', 'fingrarna', 'händerna', 'handen', 'handflatan', 'handflatorna'],
      nb: ['fingertuppene', 'fingrene', 'hendene', 'hånda', 'hånden', 'håndflata', 'håndflatene'],
    },
    // Distress turned on one's own body: "takes it out on her body", sv "tar ut det på kroppen".
    takeOut: {
      en: ['take ... out on', 'takes ... out on', 'taking ... out on', 'took ... out on', 'taken ... out on'],
      sv: ['tar ut', 'ta ut', 'tog ut', 'tagit ut', 'tar ... ut', 'ta ... ut', 'tog ... ut'],
      nb: ['tar ut', 'ta ut', 'tok ut', 'tatt ut', 'tar ... ut', 'ta ... ut', 'tok ... ut'],
    },
    ownBody: {
      en: ['on my body', 'on my own body', 'on myself'],
      sv: ['på kroppen', 'på min kropp', 'på min egen kropp', 'på mig själv'],
      nb: ['på kroppen', 'på kroppen min', 'på min kropp', 'på min egen kropp', 'på meg selv'],
    },
    // What it is for, said with the act: "the only thing that calms me", "lets the pressure out".
    relief: {
      en: ['only thing that helps', 'only thing that calms', 'calms me down', 'calms me', 'only way to cope', 'lets the pressure out',
        'release the pressure', 'to feel something', 'to feel anything', 'when the anxiety', 'when my anxiety', 'when it gets too much', 'when it all gets too much', 'takes away the', 'numbs the', 'to numb', 'calms my head', 'quiets my head', 'quietens my head', 'only thing that works', 'relieves the pressure', 'eases the pressure', 'takes the pressure off', 'can not cope with the anxiety', 'can not handle the anxiety'],
      sv: ['det enda som hjälper', 'det enda som lugnar', 'lugnar mig', 'lugnar ner mig', 'för att få ut trycket', 'släpper trycket',
        'för att känna något', 'när ångesten', 'när det blir för mycket', 'när allt blir för mycket', 'tar bort ångesten', 'tar bort det andra', 'dämpar ångesten', 'för att dämpa', 'lugnar huvudet', 'lugnar ner huvudet', 'det enda som funkar', 'enda som funkar', 'det enda som fungerar', 'lättar på trycket', 'när ... ångesten', 'inte klarar av ångesten', 'inte klarar ångesten', 'klarar inte av ångesten', 'klarar inte ångesten'],
      nb: ['det eneste som hjelper', 'det eneste som roer', 'roer meg', 'roer meg ned', 'for å få ut trykket', 'slipper ut trykket',
        'for å kjenne noe', 'når angsten', 'når det blir for mye', 'når alt blir for mye', 'tar bort angsten', 'tar bort det andre', 'døyver', 'for å døyve', 'roer hodet', 'roer ned hodet', 'det eneste som funker', 'det eneste som virker', 'eneste som funker', 'letter på trykket', 'når ... angsten', 'ikke klarer angsten', 'klarer ikke angsten', 'ikke takler angsten', 'takler ikke angsten'],
    },
    // The result hidden: "long sleeves in summer to hide the marks", sv "gömmer skärsåren". Acne, stretch marks and
    // an operation's scar are innocent explanations (SELF_HARM_ONLY_INNOCENT).
    hide: {
      en: ['hide', 'hides', 'hiding', 'hid', 'cover', 'covers', 'covering', 'covered', 'cover up', 'covers up', 'conceal', 'conceals',
        'so no one sees', 'so nobody sees', 'so no one can see', 'where no one can see', 'where nobody can see', 'where no one sees', 'where nobody looks', 'where no one looks'],
      sv: ['dölja', 'döljer', 'dolde', 'gömma', 'gömmer', 'gömde', 'täcka', 'täcker', 'täckte', 'skyla', 'skyler', 'så ingen ser',
        'så att ingen ser', 'där ingen ser', 'där ingen kan se', 'där ingen tittar'],
      nb: ['skjule', 'skjuler', 'skjulte', 'gjemme', 'gjemmer', 'gjemte', 'dekke', 'dekker', 'dekket', 'dekke til', 'dekker til',
        'så ingen ser', 'så ingen ser det', 'der ingen ser', 'der ingen kan se', 'der ingen ser', 'der ingen kikker'],
    },
    // Head-banging said as a habit, against a surface: "I bang my head on the door when it's too much".
    headBang: {
      en: ['bang my head', 'banging my head', 'bangs his head', 'bangs her head', 'bang his head', 'bang her head', 'banging his head',
        'banging her head', 'hits ... head against', 'hit ... head against', 'hitting ... head against', 'bangs ... head against', 'banging ... head against', 'bang ... head against'],
      sv: ['dunkar huvudet', 'dunkar ... huvudet', 'slår huvudet i', 'slår ... huvudet i', 'dunka huvudet', 'slår huvudet mot', 'slår ... huvudet mot', 'dunkar huvudet mot', 'dunkar ... huvudet mot', 'slog ... huvudet mot', 'stångar huvudet', 'stångar ... huvudet', 'slog huvudet i', 'slog ... huvudet i'],
      nb: ['dunker hodet', 'dunker ... hodet', 'slår hodet i', 'slår ... hodet i', 'dunke hodet', 'slår hodet mot', 'slår ... hodet mot', 'dunker hodet mot', 'dunker ... hodet mot', 'slo ... hodet mot', 'slår ... hodet i', 'stanger hodet', 'stanger ... hodet', 'slo hodet i', 'slo ... hodet i', 'dunket hodet i'],
    },
    surface: {
      en: ['door', 'the door', 'wall', 'the wall', 'floor', 'the floor', 'doorframe', 'radiator', 'mirror', 'the mirror'],
      sv: ['dörren', 'väggen', 'golvet', 'dörrkarmen', 'elementet', 'spegeln'],
      nb: ['døra', 'døren', 'veggen', 'gulvet', 'dørkarmen', 'ovnen', 'speilet'],
    },
    // …as a habit, not the one knock of an accident ("banged his head on the car door").
    habit: {
      en: ['sometimes', 'every time', 'whenever', 'all the time', 'often', 'too much', 'when i get', 'when it gets', 'when he gets',
        'when she gets', 'when upset', 'when angry', 'when stressed', 'when she is upset', 'when he is upset', 'when i am upset'],
      sv: ['ibland', 'varje gång', 'hela tiden', 'ofta', 'för mycket', 'när jag blir', 'när det blir', 'när jag får', 'när hon blir', 'när han blir', 'när hon är ledsen', 'när han är arg', 'när jag är ledsen'],
      nb: ['noen ganger', 'hver gang', 'hele tiden', 'ofte', 'for mye', 'når jeg blir', 'når det blir', 'når jeg får', 'når hun blir', 'når han blir', 'når hun er lei seg', 'når han er sint', 'når jeg er lei meg'],
    },
    // Not eating, or another act, as what one "does not deserve": "Don't eat. Don't deserve to."
    undeserving: {
      en: ['not deserve to', 'not ... deserve to', 'not deserve food', 'not ... deserve food', 'not deserve to eat', 'not deserve ... meals',
        'not deserve it', 'not ... deserve it', 'not deserve dinner', 'not ... deserve dinner', 'not deserve ... dinner', 'not deserve a meal'],
      sv: ['förtjänar inte att', 'inte ... förtjänar att', 'förtjänar inte mat', 'inte förtjänar mat', 'inte förtjänar att', 'inte förtjänar ... mat', 'förtjänar inte ... mat',
        'förtjänar det inte', 'inte förtjänar det', 'förtjänar inte det', 'inte gjort mig förtjänt', 'inte ... förtjänt av mat', 'inte förtjänt av mat'],
      nb: ['fortjener ikke å', 'ikke ... fortjener å', 'fortjener ikke mat', 'ikke fortjener mat', 'ikke fortjener å', 'ikke fortjener ... mat', 'fortjener ikke ... mat',
        'fortjener det ikke', 'ikke fortjener det', 'fortjener ikke det', 'ikke gjort meg fortjent', 'ikke ... fortjent mat', 'ikke fortjent mat'],
    },
    // Distress as the time an act with a tool comes ("burns with a lighter when stressed"): never alone, nor with a
    // bare act (nails bitten when stressed are no self-harm).
    distress: {
      en: ['when stressed', 'when stressed out', 'when overwhelmed', 'when anxious', 'when upset', 'when angry', 'when low',
        'when she is stressed', 'when he is stressed', 'when i am stressed', 'when things get bad', 'when it gets bad', 'when things pile up', 'when things get too much', 'when the bad thoughts come', 'when the bad thoughts'],
      sv: ['när hon är stressad', 'när han är stressad', 'när jag är stressad', 'när hon blir stressad', 'när han blir stressad',
        'när jag blir stressad', 'vid stress', 'vid ångest', 'när hon mår dåligt', 'när han mår dåligt', 'när jag mår dåligt', 'när ... ångesten', 'när de dåliga tankarna'],
      nb: ['når hun er stressa', 'når han er stressa', 'når jeg er stressa', 'når hun er stresset', 'når han er stresset',
        'når jeg er stresset', 'ved stress', 'ved angst', 'når hun har det vondt', 'når han har det vondt', 'når jeg har det vondt', 'når ... angsten', 'når de vonde tankene'],
    },
    // A cigarette put out on the body: "stubs cigarettes out on the back of his hand", nb "slukker sigaretter på seg selv".
    stubOut: {
      en: ['stub ... out on', 'stubs ... out on', 'stubbing ... out on', 'stubbed ... out on', 'put ... out on', 'puts ... out on',
        'putting ... out on'],
      sv: ['fimpar ... på', 'fimpade ... på', 'släcker ... på', 'släckte ... på', 'släckt ... på'],
      nb: ['slukker ... på', 'slukket ... på', 'slokker ... på', 'stumper ... på', 'stumpet ... på'],
    },
    stubBody: {
      en: ['hand', 'hands', 'arm', 'arms', 'skin', 'himself', 'herself', 'myself', 'leg', 'legs', 'wrist', 'wrists'],
      sv: ['handen', 'handryggen', 'armen', 'armarna', 'huden', 'sig själv', 'mig själv', 'benet', 'benen', 'handleden'],
      nb: ['hånden', 'hånda', 'håndbaken', 'armen', 'armene', 'huden', 'seg selv', 'meg selv', 'beinet', 'beina', 'håndleddet'],
    },
    // Wounds opened again: "river upp såren när de läker".
    reopen: {
      en: ['pick at', 'picks at', 'picking at', 'picked at', 'pick open', 'tear open', 'tears open', 'rip open', 'reopen', 'reopens',
        'pull ... open'],
      sv: ['river upp', 'rev upp', 'rivit upp', 'pillar upp', 'pillar på', 'pillar bort', 'river sönder'],
      nb: ['river opp', 'rev opp', 'revet opp', 'pirker opp', 'pirker i', 'plukker på', 'river i stykker'],
    },
    // Taken up again, said after the means was found: "Mum found the blades. I'd started doing it again."
    relapse: {
      en: ['doing it again', 'started again', 'started doing it again', 'at it again', 'back to doing it', 'done it again'],
      sv: ['gjort det igen', 'börjat igen', 'börjat göra det igen', 'gör det igen', 'gjorde det igen'],
      nb: ['gjort det igjen', 'begynt igjen', 'begynt å gjøre det igjen', 'gjør det igjen', 'gjorde det igjen'],
    },
    hiddenMark: {
      en: ['marks', 'the marks', 'scars', 'the scars', 'cuts', 'the cuts', 'wounds'],
      sv: ['märkena', 'märken', 'ärren', 'ärr', 'såren', 'skärsåren', 'skärsår', 'rispor', 'risporna'],
      nb: ['merkene', 'merker', 'arrene', 'arr', 'sårene', 'kuttene', 'kutt', 'rifter', 'riftene'],
    },
    // A blade, not a knife, lighter or cigarette, with what it relieves ("a cigarette when my anxiety is bad calms me").
    blade: {
      en: ['blade', 'blades', 'razor blade', 'razor blades', 'razor', 'scalpel', 'sharpener', 'pencil sharpener', 'compass'],
      sv: ['rakblad', 'rakbladet', 'rakbladen', 'skalpell', 'vässare', 'pennvässare', 'passare'],
      nb: ['barberblad', 'barberbladet', 'barberbladene', 'skalpell', 'blyantspisser', 'spisser', 'passer'],
    },
    // A dressing on the wrists or arms, then who did it or with what: "plasters on both wrists… herself, with a knife".
    dressing: {
      en: ['plaster', 'plasters', 'bandage', 'bandages', 'bandaged', 'dressing', 'dressings', 'steri-strips'],
      sv: ['plåster', 'förband', 'bandage', 'bandagerad', 'bandagerade', 'lindade', 'lindad'],
      nb: ['plaster', 'bandasje', 'bandasjer', 'bandasjert', 'kompress', 'kompresser'],
    },
didItSelf: {
      en: ['did it herself', 'did it himself', 'did it myself', 'did it to herself', 'did it to himself', 'did it to myself', 'done it herself',
        'done it himself', 'caused herself', 'caused himself', 'did them herself', 'did them himself', 'made them herself', 'made them himself'],
      sv: ['gjort det själv', 'gjorde det själv', 'gjort det mot sig själv', 'gjorde det mot sig själv', 'själv orsakat', 'orsakat själv', 'själv har orsakat', 'gjort dem själv', 'gjorde dem själv'],
      nb: ['gjort det selv', 'gjorde det selv', 'gjort det mot seg selv', 'gjorde det mot seg selv', 'selv har laget', 'laget selv', 'selv laget', 'har laget selv', 'selv har påført', 'gjort dem selv', 'hadde gjort det selv'],
    },
    // A cut said as a habit that goes on ("still cuts sometimes", nb "kutter fortsatt innimellom") or came back.
cutVerb: {
      en: ['cuts', 'cutting'],
      sv: ['skär'],
      nb: ['kutter'],
    },
    // …how often (a verb with "still" alone may have an object: "still cuts the crusts off")
    frequency: {
      en: ['sometimes', 'now and then', 'now and again', 'from time to time', 'occasionally', 'every now and then'],
      sv: ['ibland', 'då och då', 'emellanåt'],
      nb: ['innimellom', 'av og til', 'iblant'],
    },
    // …or the cutting named as a thing that came back
    cutNoun: {
      en: ['the cutting', 'cutting'],
      sv: ['skärandet', 'skärningen'],
      nb: ['kuttingen', 'kutting', 'kuttinga'],
    },
still: {
      en: ['started again', 'again', 'gone back to', 'went back to', 'back to'],
      sv: ['fortfarande', 'igen', 'börjat igen', 'tillbaka till', 'börjat ... igen'],
      nb: ['fortsatt', 'fremdeles', 'igjen', 'begynt igjen', 'tilbake til', 'begynt ... igjen'],
    },
    // Told only as long past (the teens, school, old scars), none since; "stopped two years ago" is no long past: read together (rules/match/cue-combinations.ts `onlyLongAgo`), a check-in.
    longAgo: {
      en: ['old scars', 'old marks', 'teenage', 'teenager', 'teens', 'since school', 'at school', 'since she was',
        'since he was', 'since i was', 'when she was', 'when he was', 'when i was', 'as a teenager', 'as a kid', 'as a teen'],
      sv: ['gamla ärr', 'gamla märken', 'tonåren', 'tonåring', 'när hon var', 'när han var', 'när jag var', 'sedan hon var', 'sedan han var',
        'sedan jag var', 'i skolan', 'gymnasiet', 'högstadiet', 'som tonåring', 'som ung'],
      nb: ['gamle arr', 'gamle merker', 'ungdomstida', 'ungdomstiden', 'tenårene', 'da hun var', 'da han var', 'da jeg var', 'siden hun var',
        'siden han var', 'siden jeg var', 'videregående', 'ungdomsskolen', 'som tenåring', 'som ung', 'som ungdom'],
    },
    notSince: {
      en: ['nothing since', 'not since', 'none since', 'not ... since', 'never since', 'not done it since', 'not for years',
        'not in years', 'nothing in ... years', 'not in ... years', 'long ago', 'a long time ago', 'ages ago'],
      sv: ['inget sedan', 'inget sedan dess', 'ingenting sedan', 'inte sedan', 'inte ... sedan', 'aldrig sedan', 'inte på flera år',
        'inte på många år', 'inget på ... år', 'inte på ... år', 'ingenting på ... år', 'länge sedan', 'länge sen', 'längesedan', 'längesen'],
      nb: ['ikke noe siden', 'ingenting siden', 'ikke siden', 'ikke ... siden', 'aldri siden', 'ikke ... på over', 'ikke på flere år',
        'ikke på mange år', 'ikke på ... år', 'ingenting på ... år', 'ikke noe på ... år', 'lenge siden', 'lenge sia', 'lenge sida'],
    },
    // Round 3 (writer sets T-Z read as dev data). Burns (the noun: "burned through her savings" is no burn), with who
    // made them or with what: a cigarette or a lighter.
    burns: {
      en: ['burns', 'burn scars', 'burn marks'],
      sv: ['brännskador', 'brännskada', 'brännsår', 'brännmärken'],
      nb: ['brannskader', 'brannskade', 'brannsår', 'brennmerker'],
    },
    burnTool: {
      en: ['cigarette', 'cigarettes', 'a lighter', 'lighter'],
      sv: ['cigarett', 'cigaretten', 'tändare', 'tändaren'],
      nb: ['sigarett', 'sigaretten', 'lighter', 'lighteren'],
    },
    // A blade kept "just in case", then used: "keeps a blade in her purse… used it twice this week".
    usedIt: {
      en: ['used it', 'using it', 'uses it', 'used them'],
      sv: ['använt det', 'använde det', 'använder det', 'använt den', 'använde den'],
      nb: ['brukt det', 'brukte det', 'bruker det', 'brukt den', 'brukte den'],
    },
    justInCase: {
      en: ['just in case', 'in case'],
      sv: ['för säkerhets skull', 'ifall att'],
      nb: ['for sikkerhets skyld', 'i tilfelle'],
    },
    // Food refused to oneself as a punishment for failing (not for want of money: "so the kids can eat").
    selfDenyFood: {
      en: ['denies herself food', 'denies himself food', 'deny myself food', 'refuses herself food', 'starves herself', 'starves himself'],
      sv: ['förvägrar sig mat', 'förvägrar mig mat', 'nekar sig mat', 'nekar sig själv mat', 'svälter sig'],
      nb: ['nekter seg selv mat', 'nekter meg selv mat', 'nekter seg mat', 'sulter seg'],
    },
    failed: {
      en: ['failed', 'has failed', 'feels a failure', 'messed up'],
      sv: ['misslyckats', 'misslyckad', 'misslyckades'],
      nb: ['feilet', 'mislyktes', 'mislykket', 'har feilet'],
    },
    // Head against a wall or a mirror told in the present (a habit) or with intent; the one knock of a fall stays out.
    headBangNow: {
      en: ['bangs ... head against', 'bangs his head', 'bangs her head', 'bang my head against'],
      sv: ['slår huvudet i', 'dunkar huvudet i', 'stångar huvudet i', 'slår huvudet mot', 'dunkar huvudet mot'],
      nb: ['slår hodet i', 'dunker hodet i', 'stanger hodet i', 'slår hodet mot', 'dunker hodet mot'],
    },
    wallOrMirror: {
      en: ['the wall', 'walls', 'the mirror'],
      sv: ['väggen', 'väggarna', 'spegeln'],
      nb: ['veggen', 'veggene', 'speilet'],
    },
  },
  rules: [
    { all: ['strong'] },
    { all: ['tool', 'body'], within: 8 },
    // Note style, no object: "burns w/ lighter when stressed", "skär med rakblad vid ångest"
    { all: ['act', 'tool', 'distress'], within: 10 },
    { all: ['act', 'self'], within: 8 },
    { all: ['trace', 'self'], within: 8 },
    { all: ['trace', 'cutting'], within: 6 },
    { all: ['hairPull', 'hair'], within: 5 },
    { all: ['pierce', 'sharpPoint', 'self'], within: 8 },
    { all: ['pierce', 'sharpPoint', 'body'], within: 8 },
    { all: ['pierce', 'sharpPoint', 'pierced'], within: 8 },
    { all: ['takeOut', 'ownBody'], within: 6 },
    { all: ['act', 'relief'], within: 12 },
    { all: ['hide', 'hiddenMark'], within: 6 },
    // Said in short pieces: "I cut. On my legs so no one sees."
    { all: ['act', 'body', 'hide'], within: 12, sentences: 2 },
    { all: ['headBang', 'surface', 'habit'], within: 14 },
    { all: ['stubOut', 'stubBody'], within: 10 },
    { all: ['reopen', 'trace'], within: 6 },
    { all: ['tool', 'relapse'], within: 14, sentences: 2 },
    { all: ['act', 'undeserving'], within: 16, sentences: 2 },
    { all: ['blade', 'relief'], within: 14 },
    { all: ['dressing', 'body', 'tool'], within: 20, sentences: 2 },
    { all: ['dressing', 'body', 'didItSelf'], within: 20, sentences: 2 },
    { all: ['cutVerb', 'frequency'], within: 4 },
    { all: ['cutNoun', 'still'], within: 4 },
    // Round 3: burns with who made them or with what; a blade kept and used; cutting when things pile up; food refused
    // for failing; the head against a wall told as a habit or with intent; a needle with the relief it brings.
    { all: ['trace', 'didItSelf'], within: 16, sentences: 2 },
    { all: ['burns', 'didItSelf'], within: 16, sentences: 2 },
    { all: ['burns', 'burnTool'], within: 12 },
    { all: ['blade', 'usedIt'], within: 20, sentences: 2 },
    { all: ['blade', 'justInCase'], within: 12 },
    { all: ['cutVerb', 'distress'], within: 6 },
    { all: ['selfDenyFood', 'failed'], within: 12 },
    { all: ['headBangNow', 'wallOrMirror'], within: 4 },
    { all: ['headBang', 'onPurpose'], within: 12 },
    { all: ['headBang', 'still'], within: 12 },
    { all: ['pierce', 'relief'], within: 14 },
  ],
  // The client's own denial after an act told of others ("knows people who cut, never done it herself"): the self
  // inside it is no self of the act, and the answer is a denial.
  denials: {
    en: ['not done anything to myself', 'not done anything to himself', 'not done anything to herself', 'nothing i did to myself',
      'not from anything i did', 'nothing i did to myself', 'nothing deliberate', 'nothing she did to herself', 'nothing he did to himself',
      'never done it myself', 'not done it myself', 'never done that myself', 'not done that myself', 'never done it to myself',
      'never tried it myself', 'not tried it myself'],
    sv: ['sånt håller jag inte på med', 'sånt håller hon inte på med', 'sånt håller han inte på med', 'inte något hon gjort själv',
      'inte något han gjort själv', 'inte något jag gjort själv', 'inget jag gjort mot mig själv', 'inget hon gjort själv',
      'aldrig gjort det själv', 'inte gjort det själv', 'aldrig gjort så själv', 'aldrig provat själv', 'aldrig testat själv'],
    nb: ['ikke noe jeg har gjort mot meg selv', 'ikke noe hun har gjort selv', 'ikke noe han har gjort selv', 'ingenting jeg har gjort mot meg selv',
      'sånt driver jeg ikke med', 'aldri gjort det selv', 'ikke gjort det selv', 'aldri gjort det sjøl', 'aldri prøvd selv', 'aldri prøvd det selv'],
  },
  // A short field's act denied by itself ("never cut", sv "skär aldrig", nb "aldri kuttet") denies self-harm: a quiet check-in.
  deniedAlone: ['act'],
  innocent: {
    en: [...INNOCENT_EXPLANATIONS.en, ...SELF_HARM_ONLY_INNOCENT.en],
    sv: [...INNOCENT_EXPLANATIONS.sv, ...SELF_HARM_ONLY_INNOCENT.sv],
    nb: [...INNOCENT_EXPLANATIONS.nb, ...SELF_HARM_ONLY_INNOCENT.nb],
  },
};
