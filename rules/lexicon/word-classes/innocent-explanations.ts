/**
 * What explains a hurt, a "kill" or a "beat" innocently in the same sentence:
 * accidents, sport, work targets, laughter and jokes. A combination with one
 * of these in its sentence only brings a quiet check-in (safety: never hidden).
 * They count only in the forms written here (rules/compile-cues.ts): a stem
 * would find "boxing" in "a box of pills" and nb "spillet" in "spilling".
 */
import type { CueWords } from './concept-cues';

export const INNOCENT_EXPLANATIONS: CueWords = {
  en: ['accident', 'accidentally', 'by accident', 'fell off', 'fell over', 'tripped', 'football', 'rugby', 'hockey',
    'boxing', 'tackle', 'match', 'game', 'targets', 'target', 'record', 'the ball', 'a ball', 'haha', 'lol', 'joking',
    'jokingly', 'laughing', 'laughed', 'videogame', 'playstation', 'xbox', 'film', 'movie', 'oven', 'stove', 'cooker', 'hob', 'kettle',
    'iron', 'frying pan', 'shaving', 'cooking', 'making dinner', 'making tea', 'tin can', 'broken glass', 'manager', 'boss', 'supervisor', 'my teacher', 'if i am late', 'late again',
    'record', 'boxing match', 'training', 'trains', 'martial arts', 'karate', 'judo', 'kickboxing', 'mma', 'sparring', 'shaved', 'shave', 'shaves',
    'picnic', 'fireworks', 'the sunset', 'the view', 'for a walk', 'walking the dog', 'on holiday', 'day trip', 'sightseeing', 'fishing', 'swimming', 'chopping', 'slicing', 'peeling', 'baking', 'baking tray', 'the pan', 'grill', 'roasting tin', 'my thumb', 'her thumb', 'his thumb',
    'on the news', 'the news', 'scrabble', 'chess', 'monopoly', 'cards game', 'quiz', 'tennis', 'golf', 'bowling',
    'netball', 'five-a-side', 'skiing', 'snowboarding', 'trampoline', 'skateboard', 'slipped', 'slipped on the ice', 'hide and seek',
    // a child shy with strangers
    'just shy', 'a bit shy', 'very shy'],
  sv: ['olycka', 'olyckan', 'cykelolycka', 'ramlade', 'snubblade', 'fotboll', 'hockey', 'ishockey', 'boxning',
    'träning', 'tackling', 'matchen', 'match', 'målet', 'säljmål', 'rekord', 'bollen', 'en boll', 'haha', 'ett skämt', 'på skämt', 'bara skämt', 'som skämt', 'skämtet', 'skämtar',
    'skratt', 'skrattar', 'skratta', 'playstation', 'spelet', 'filmen', 'ugnen', 'spisen', 'strykjärnet', 'vattenkokaren',
    'stekpannan', 'rakade', 'rakning', 'matlagning', 'lagade mat', 'lagar mat', 'laga mat', 'konservburk', 'glasbit', 'chef', 'chefen', 'kommer sent', 'för sent', 'försenad', 'tränar', 'tränade', 'kampsport', 'karate', 'judo', 'kickboxning', 'sparring', 'rakar', 'rakat', 'raka',
    'picknick', 'fyrverkerierna', 'fyrverkerier', 'solnedgången', 'utsikten', 'på promenad', 'rastade hunden', 'på semester', 'utflykt', 'fiska', 'fiskade', 'bada', 'badade', 'hackade', 'hackar', 'skalade', 'skalar', 'bakade', 'bakar', 'plåten', 'ugnsplåten', 'kastrullen', 'kokade', 'kokar', 'stekte', 'steker', 'grillen', 'våffeljärnet', 'i tummen',
    'nyheterna', 'på nyheterna', 'alfapet', 'wordfeud', 'schack', 'monopol', 'yatzy', 'kortspel', 'frågesport',
    'innebandy', 'bandy', 'handboll', 'padel', 'tennis', 'golf', 'bowling', 'korpen', 'skidor', 'skidåkning', 'slalom', 'studsmattan', 'studsmatta', 'halkade', 'halkade på isen', 'kurragömma',
    'bara blyg', 'lite blyg', 'väldigt blyg'],
  nb: ['ulykke', 'ulykken', 'sykkelulykke', 'falt', 'snublet', 'fotball', 'håndball', 'hockey', 'boksing', 'trening',
    'takling', 'kampen', 'målet', 'salgsmålet', 'rekord', 'ballen', 'en ball', 'haha', 'tuller', 'spøk', 'latter', 'ler',
    'playstation', 'spillet', 'filmen', 'ovnen', 'komfyren', 'strykejernet', 'vannkokeren',
    'stekepanna', 'barberte', 'barbering', 'matlaging', 'lagde mat', 'lager mat', 'lage mat', 'hermetikkboks', 'glassbit', 'sjef', 'sjefen', 'kommer for sent', 'for sent', 'trener', 'trente', 'kampsport', 'karate', 'judo', 'kickboksing', 'sparring', 'barberer', 'barbert',
    'piknik', 'fyrverkeriet', 'solnedgangen', 'utsikten', // a hike, not sv "näst på tur" (next in line)
    'var på tur', 'gikk på tur', 'dro på tur', 'drar på tur', 'ute på tur', 'på tur med', 'på tur i', 'på tur til', 'luftet hunden', 'på ferie', 'utflukt', 'fiske', 'fisket', 'badetur', 'bading', 'skrelte', 'skreller', 'bakte', 'baker', 'stekeovnen', 'kjelen', 'kokte', 'koker', 'stekte', 'steker', 'grillen', 'vaffeljernet', 'i tommelen',
    'nyhetene', 'på nyhetene', 'alfapet', 'wordfeud', 'sjakk', 'monopol', 'yatzy', 'kortspill', 'quiz', 'innebandy',
    'bandy', 'padel', 'tennis', 'golf', 'bowling', 'skitur', 'slalåm', 'trampolinen', 'trampoline', 'skled', 'sklei', 'skled på isen', 'gjemsel',
    'bare sjenert', 'litt sjenert', 'veldig sjenert', 'bare blyg', 'litt blyg'],
};

/**
 * Subjects that deny violence done ("nobody has ever hit her", "no one threatens me"). Not for
 * suicide: "no one would miss me" states the wish, it does not deny it.
 */
export const NOBODY: CueWords = {
  en: ['no one', 'nobody', 'noone', 'no-one', 'not anyone', 'not once'],
  sv: ['ingen', 'ingen har', 'aldrig någon'],
  nb: ['ingen', 'ingen har', 'aldri noen'],
};
