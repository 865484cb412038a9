/**
 * Words of physical violence, threats and sexual abuse, shared by the
 * domestic-violence and child-exposed-to-violence cues: what a person does to
 * another, in the forms people write (past, present, participle, slang).
 */
import type { CueWords } from './concept-cues';

export const VIOLENCE_WORDS: CueWords = {
  en: ['hit', 'hits', 'hitting', 'punch', 'punches', 'punched', 'punching', 'kick', 'kicks', 'kicked', 'kicking',
    'slap', 'slaps', 'slapped', 'pinch me', 'pinches', 'pinched me', 'smack', 'smacks', 'smacked', 'grab', 'grabs', 'grabbed', 'choke', 'choked',
    'choking', 'strangle', 'strangled', 'strangling', 'throttle', 'throttled', 'push', 'pushed', 'shove', 'shoved',
    'batter', 'battered', 'beat', 'beats', 'beaten', 'beating', 'assault', 'assaulted', 'rape', 'raped', 'threaten',
    'threatens', 'threatened', 'threatening', 'kill', 'kills', 'hurt', 'hurts', 'hurting', 'attack', 'attacked',
    // not a bare "bit" ("a bit wild", "the bit where he dies")
    'bite', 'bites', 'bit me', 'bit her', 'bit him', 'spat', 'headbutt', 'headbutted', 'pinned', 'dragged', 'threw', 'thrown', 'with a belt', 'with the belt', 'with his belt', 'with her belt', 'the belt to', 'belt me', 'belts me', 'belted me', 'stab',
    'stabbed', 'abuse', 'abused', 'abusing', 'abusive', 'molest', 'molested', 'touched', 'groped', 'groomed',
    'violence', 'violent', 'split lip', 'black eye', 'bruises', 'bruised', 'smashed', 'shake', 'shook', 'shaking',
    'laid a finger', 'lays into', 'lay into', 'knocked', 'whack', 'whacked',
    'a kicking', 'a beating', 'thump', 'thumped', 'by the hair', 'pulled my hair', 'pulls my hair', 'a hiding', 'spank', 'spanked', 'spanking', 'wallop', 'walloped', 'clout', 'kill me', 'drove like a maniac', 'drive into', 'crash the car', 'kill us', 'kill her', 'kill the kids', 'kicks off', 'dv', 'domestic',
    // a grip at the throat in the words of a note
    'by the throat', 'me by the neck', 'her by the neck', 'hands round my neck', 'hands around my neck',
    'hands round her neck', 'hands around her neck',
    // a car used as a weapon; a blow in everyday words; a threat to burn the home
    'rammed', 'rams', 'ran us off the road', 'run us off the road', 'drove ... into', 'a clip round the ear',
    'by the ear', 'burn the house down', 'set fire to the house', 'threats', 'by force', 'raised his hand to',
    'raised a hand to', 'laid a hand on', 'lay a hand on', 'lays a hand on', 'lays a finger on', 'lay a finger on',
    'touches them', 'done anything to me', 'done anything to them', 'spits at', 'spat at', 'spit at', 'chucked ... at me', 'chucks ... at me', 'hurled ... at me',
    'lobbed ... at me', 'flung ... at me', 'threw ... at me', 'throws ... at me', 'hit me with', 'hits me with',
    // round 3: killing threatened in other verbs (an object pronoun stands for every person), a pet threatened, a belt
    // taken up, things broken, a wheelchair tipped, fright on purpose
    'drown her', 'drown the dog', 'drown the puppy', 'drown the cat', 'shoot her', 'shoot us all', 'shoot the dog',
    'finish you off', 'break his legs', 'break your legs', 'break his neck', 'break your neck', 'kill the dog', 'kill the cat',
    'a belt to', 'takes the belt', 'took the belt', 'gets the belt', 'breaks things', 'smashes things', 'smashing things',
    'smashed things', 'tipped ... wheelchair', 'out of her wheelchair', 'to scare her', 'to frighten her', 'pulls her hair',
    'pulled her hair',
    // a family's death threatened (a car driven off a cliff; "make sure the baby does not survive"); thrown against a
    // wall; taken hold of; typed fast
    'drive off a cliff', 'drive ... off a cliff', 'make sure ... does not survive', 'threw me against', 'throws me against',
    'grabs hold of me', 'grabbed hold of me', 'chocked', 'threatning', 'threating',
    // scratched, tied up (an older client restrained in a chair or bed)
    'scratched me', 'scratches me', 'clawed me', 'cigarette burns', 'burned ... with a cigarette', 'burnt ... with a cigarette', 'tied me to', 'ties me to', 'tied me up', 'ties me up', 'strapped me to'],
  // a belt only as a weapon ("with the belt"), never as a grade in a sport ("got her yellow belt"); "agar" only with
  // its object, as a compound part it is found in "lördagar"
  sv: ['slår', 'slog', 'slagit', 'slagen', 'slå', 'sparkar', 'sparkade', 'sparkat', 'sparka', 'örfil', 'örfilar',
    'knuffar', 'knuffade', 'knuffat', 'stryptag', 'stryper', 'ströp', 'strypt', 'tar struptag', 'våldtar', 'våldtog',
    'våldtagen', 'våldtäkt', 'hotar', 'hotade', 'hotat', 'hota', 'döda', 'dödar', 'misshandlar', 'misshandlade',
    'misshandel', 'misshandlat', 'våld', 'våldsam', 'nyper', 'nöp', 'drar i håret', 'drog i håret', 'kastade',
    'kastar', 'med bälte', 'med ett bälte', 'med bältet', 'med skärpet', 'skakar', 'skakade', 'förgripit', 'förgrep', 'tafsat', 'tafsar', 'blåmärken', 'blåtira',
    'ger sig på', 'gav sig på', 'lagt hand på', 'lägger hand på',
    'stryk', 'aga', 'agar barnen', 'agar dem', 'agar honom', 'agar henne', 'agade', 'agat', 'med livremmen', 'med livrem', 'strypgrepp', 'luggar', 'luggade', 'smisk', 'smiskar', 'daskar', 'lavett', 'kör som en galning', 'körde som en galning', 'köra in i', 'krascha bilen', 'ta livet av', 'tar livet av', 'köra ihjäl', 'slå ihjäl', 'knivhögg', 'kniv', 'våldtagit', 'våldta', 'drog ... i håret', 'drar ... i håret', 'släpade', 'höll fast', 'håller fast', 'höll ... fast', 'håller ... fast', 'höll ner', 'tryckte ner',
    // typed without å ("han slar mig"); neuter nouns in the definite, which the Snowball stemmer leaves whole
    'slar', 'våldet', 'hotet', 'stryptaget', 'strypgreppet',
    // a child's words: "pappa gjorde mamma illa"
    'gjorde ... illa', 'gör ... illa', 'gjort ... illa', 'gjorde illa', 'gör illa',
    // a grip at the throat
    'tog ... runt halsen', 'tog ... om halsen', 'tar ... runt halsen', 'tar ... om halsen', 'händerna runt halsen',
    'händerna om halsen', 'tog strypgrepp', 'tar strypgrepp', 'tog ... i halsen', 'tar ... i halsen',
    // threats as adjective and noun; things thrown; a blow in everyday words; a car used as a weapon; fire
    'hotfulla', 'hotfull', 'hotfullt', 'hotelser', 'hotelse', 'slänger ... på', 'slängde ... på', 'en smäll', 'en lavett',
    'en på käften', 'drar ... i örat', 'drog ... i örat', 'drar ... i öronen', 'drog ... i öronen', 'preja', 'prejade',
    'körde ... in i', 'bränna ner huset', 'tända eld på', 'med våld', 'handgemäng', 'lyft handen mot',
    'lyfte handen mot', 'lagt en hand på', 'lyft en hand mot', 'lyfte en hand mot', 'rör dem', 'rörde dem', 'rör dom',
    'gjort mig något', 'gjort dem något', 'spottar på', 'spottade på', 'spottat på', 'kastade ... på mig', 'kastar ... på mig', 'slog mig med', 'slår mig med',
    // round 3: killing in other verbs, a pet threatened, a belt taken up, things broken, a push in everyday words, the
    // common-gender definite the stemmer leaves whole, a finger laid on
    'ha ihjäl', 'dränka henne', 'dränka hunden', 'dränka katten', 'skjuta henne', 'skjuter henne', 'skjuta oss', 'skjuter oss',
    'skjuta hunden', 'skjuter hunden', 'döda hunden', 'dödar hunden', 'tar bältet', 'tog bältet', 'tar fram bältet',
    'slår sönder saker', 'slog sönder saker', 'krossar saker', 'puttar', 'puttade', 'puttat', 'misshandeln', 'dra ... i håret',
    'välte rullstolen', 'för att skrämma henne', 'lagt ett finger på', 'lägger ett finger på', 'lägga ett finger på',
    'köra över ett stup', 'köra ... över ett stup', 'köra av vägen med', 'se till att ... inte överlever', 'slängde mig mot',
    'slänger mig mot', 'kastade mig mot', 'kastar mig mot', 'tog tag i mig', 'tar tag i mig', 'rycker ... i håret',
    'ryckte ... i håret', 'rört dem', 'rört mina barn',
    'rev mig', 'river mig', 'klöste mig', 'klöser mig', 'cigarettmärken', 'brände ... med en cigarett', 'bränner ... med en cigarett', 'brände ... med cigaretten', 'binder fast mig', 'band fast mig',
    'bundit fast mig', 'binder mig', 'band mig'],
  nb: ['slår', 'slo', 'slått', 'slå', 'sparker', 'sparka', 'sparket', 'ørefik', 'dytter', 'dyttet', 'dytta', 'kveler',
    'kvelte', 'kvalt', 'kvele', 'voldtar', 'voldtok', 'voldtatt', 'voldtekt', 'truer', 'truet', 'truet med', 'true',
    'drepe', 'dreper', 'drepte', 'drept', 'mishandler', 'mishandlet', 'mishandling', 'vold', 'voldelig', 'klyper', 'kløp', 'lugger',
    'lugget', 'kaster', 'kasta', 'kastet', 'med belte', 'med et belte', 'med beltet', 'rister', 'ristet', 'rista', 'forgrepet', 'forgriper', 'befølt',
    'blåmerker', 'blåveis', 'går løs på', 'gikk løs på',
    'lagt hånd på', 'juling', 'kvelertak', 'lusing', 'en klaps', 'klaps på', 'dask', 'ris', 'kjørte som en gal', 'kjøre inn i', 'krasje bilen', 'ta livet av', 'tar livet av', 'slå i hjel', 'drepe meg',
    // "banker"/"banket" (beats, beat) share the stem of "banken" (the bank, also inside "nettbanken"): read only with
    // whom it is done to (an object pronoun stands for every person) or "opp"
    'banker meg', 'banket meg', 'banker ... opp', 'banket ... opp', 'banka meg', 'denger', 'kniv', 'dro ... etter håret', 'drar ... etter håret',
    'dro ... i håret', 'slepte', 'holdt fast', 'holder fast', 'holdt ... fast', 'holder ... fast', 'holdt nede', 'presset ned',
    // typed without å ("han slar meg"); Nynorsk forms ("han har slege meg", "truga med")
    'slar', 'slege', 'slegen', 'truga', 'trugar', 'dytta', 'sparka', 'kvelartak',
    // a child's words: "pappa gjorde vondt på mamma"
    'gjorde vondt', 'gjør vondt', 'gjort vondt', 'gjorde ... vondt', 'gjør ... vondt',
    // a grip at the throat
    'tok ... rundt halsen', 'tar ... rundt halsen', 'hendene rundt halsen', 'tok kvelertak', 'tar kvelertak', 'tok ... i halsen', 'tar ... i halsen',
    // threats as adjective and noun; a blow in everyday words; a car used as a weapon; fire; force
    'truende', 'trusler', 'trussel', 'en på trynet', 'en på øret', 'en på kjeften', 'en snyting', 'dro ... i øret',
    'drar ... i øret', 'kjørte ... inn i', 'kjørte rett inn i', 'brenne ned huset', 'tenne på huset', 'med makt',
    'få svi', 'håndgemeng', 'løftet en hånd mot', 'løfta en hånd mot', 'lagt en hånd på', 'løftet hånden mot', 'rører dem', 'rørte dem', 'gjort meg noe', 'gjort dem noe', 'spytter på', 'spyttet på', 'spytta på', 'kastet ... på meg', 'kaster ... på meg',
    'kastet ... etter meg', 'slo meg med', 'slår meg med',
    // round 3: killing in other verbs, a pet threatened, a belt taken up, things broken, a finger or hand raised (Nynorsk
    // "ei hand")
    'drukne henne', 'drukne hunden', 'drukne katten', 'skyte henne', 'skyter henne', 'skyte oss', 'skyter oss', 'skyte hunden',
    'skyter hunden', 'drepe hunden', 'dreper hunden', 'gjøre det av med', 'ta knekken på', 'tar beltet', 'tok beltet',
    'tar fram beltet', 'knuser ting', 'knuste ting', 'slår i stykker ting', 'dra ... i håret', 'velte rullestolen',
    'velta rullestolen', 'for å skremme henne', 'lagt en finger på', 'legger en finger på', 'løfta ei hand mot',
    'løftet ei hånd mot', 'lyfta ei hand mot',
    'kjøre utfor', 'kjøre ... utfor et stup', 'kjøre utfor et stup', 'sørge for at ... ikke overlever', 'slengte meg mot',
    'slenger meg mot', 'kastet meg mot', 'kaster meg mot', 'tok tak i meg', 'tar tak i meg', 'river ... i håret',
    'rev ... i håret', 'rørt dem', 'rørt barna',
    'klorte meg', 'klorer meg', 'sigarettmerker', 'brente ... med en sigarett', 'brenner ... med en sigarett', 'brente ... med sigaretten', 'binder meg fast', 'bandt meg fast', 'bundet meg fast', 'binder meg'],
};

/**
 * Injuries described through the body, as a note or a client describes them: marks of fingers or a grip, a
 * bruise on a part of the body, a bone broken. A bone "broken" by someone only in forms that name no owner
 * ("broken jaw", "bröt armen på henne"): a possessive finds every person, and "my husband broke his arm" is no
 * violence. Shared by both violence concepts, in their combinations only
 * (with a partner or relative, with an evasive account, with a child and an adult of the home).
 */
export const BODY_INJURIES: CueWords = {
  en: ['finger marks', 'fingermarks', 'fingertip bruises', 'grip marks', 'marks on her neck', 'marks on his neck',
    'marks on her arm', 'marks on his arm', 'bruise on her', 'bruise on his', 'bruises on her', 'bruises on his',
    'bruising on', 'bruise', 'bruises', 'bruising', 'broken jaw', 'broken nose', 'broken ribs', 'cracked ribs', 'split lip', 'fat lip', 'black eye', 'swollen eye', 'bloody nose',
    'handprint on', 'hand print on', 'welts', 'left marks', 'leaves marks', 'marks around her neck', 'marks round her neck',
    'mark on her neck', 'visible injuries'],
  sv: ['fingermärken', 'blåmärke', 'blåmärket', 'blåmärken', 'märken på halsen', 'märken på armen', 'märken på armarna', 'blåmärke på', 'blåmärken på',
    'blått märke', 'bröt käken på', 'bruten käke', 'bröt näsan på', 'bruten näsa', 'bröt armen på', 'spräckt läpp', 'blåtira', 'blått öga', 'svullet öga', 'blodig näsa', 'gips',
    'handavtryck på', 'märken efter', 'blir märken', 'blev märken', 'lämnar märken', 'lämnade märken', 'märke runt halsen',
    'märken runt halsen', 'märke på halsen', 'synliga skador'],
  nb: ['fingermerker', 'blåmerke', 'blåmerket', 'blåmerker', 'merker på halsen', 'merker på armen', 'merker på armene', 'blåmerke på', 'blåmerker på',
    'blått merke', 'brakk kjeven på', 'brukket kjeve', 'brakk nesen på', 'brukket nese', 'brakk armen på', 'sprukken leppe', 'blåveis', 'blått øye', 'hovent øye', 'blodnese', 'gips',
    'håndavtrykk på', 'merker etter', 'blir merker', 'ble merker', 'etterlater merker', 'merke rundt halsen', 'merker rundt halsen',
    'merke på halsen', 'synlige skader'],
};

/**
 * A threat to take one's own life: for a child it is the suicide concept's, not violence at home. (A partner's
 * threat of suicide stays a sign of control for domestic violence, as the DASH checklist asks about it.)
 */
export const SUICIDE_THREATS: CueWords = {
  en: ['threatened to kill himself', 'threatens to kill himself', 'threatening to kill himself', 'threatened suicide',
    'threatens suicide', 'threatening suicide', 'threatened to end his life', 'threatens to end his life'],
  sv: ['hotar att ta livet av sig', 'hotade att ta livet av sig', 'hotat att ta livet av sig', 'hotar med självmord',
    'hotade med självmord', 'hotar att döda sig'],
  nb: ['truer med å ta livet av seg', 'truet med å ta livet av seg', 'truer med selvmord', 'truet med selvmord',
    'truer med å drepe seg', 'truet med å drepe seg'],
};

/**
 * A violent verb turned on its doer, written with the reflexive so that it finds every person
 * (rules/compile-phrase.ts): "he wants to kill himself", "hon skadade sig", "han slo seg på kneet". Inside
 * these the violence words count for neither violence concept: the act is the suicide or self-harm
 * concept's, or an accident. A threat to do it ("threatens to kill himself if I leave") is still read as one.
 */
export const SELF_DIRECTED: CueWords = {
  en: [
    // a threat of a legal step is no violence (unless a partner makes it: the domestic-violence cues' legalThreat)
    'threatened to report', 'threatens to report', 'threatening to report', 'threatened to evict', 'threatened to sue',
    // working or volunteering at a service names no violence done
    'volunteers at ... refuge', 'volunteer at ... refuge', 'works at ... refuge', 'work at ... refuge', 'working at ... refuge',
    'kill himself', 'kill themselves', 'hurt himself', 'harm himself', 'hang himself', 'cut himself', 'shoot himself',
    'hit himself', 'kill myself', 'hurt myself'],
  sv: ['hotade att anmäla', 'hotar att anmäla', 'hotat att anmäla', 'hotade att vräka', 'hotar att vräka',
    'jobbar på kvinnojouren', 'jobbar på ... kvinnojour', 'arbetar på kvinnojouren', 'arbetar på ... kvinnojour',
    'volontär på ... kvinnojour', 'ideellt på ... kvinnojour', 'jobbar ideellt ... kvinnojour', 'slog i huvudet',
    'slår i huvudet', 'slagit i huvudet', 'ta livet av sig', 'döda sig', 'ha ihjäl sig', 'skada sig', 'slå sig', 'slog sig', 'skära sig', 'hänga sig', 'kasta sig',
    // settling down: "vi har slagit oss ner"
    'slå sig ner', 'slog sig ner', 'slagit sig ner'],
  nb: ['truet med å anmelde', 'truer med å anmelde', 'jobber på krisesenteret',
    'jobber ... på krisesenteret', 'frivillig på krisesenteret', 'frivillig på ... krisesenter', 'arbeider på krisesenteret',
    'slo i hodet', 'slår i hodet', 'slått i hodet', 'ta livet av seg', 'drepe seg', 'skade seg', 'slå seg', 'slo seg', 'kutte seg', 'henge seg', 'kaste seg',
    'slå seg ned', 'slo seg ned', 'slått seg ned'],
};

/**
 * Harm a person does to themself, in any person ("cut myself" finds "she cuts herself", sv "skära sig" finds "jag
 * skar mig", nb "skade seg" finds "han skader seg selv"; rules/compile-phrase.ts), and what a self-harm screening
 * names it: the self-harm concept's acts, read by the violence concepts as no one else's doing. A possessive
 * ("bang my head", "cut my arms") counts only where it points back to the clause's subject ("I bang my head", "she
 * cuts her arms"; not "he banged my head"), a definite body part in sv/nb ("slår huvudet i väggen") is the doer's own.
 * Sources: the self-injury behaviours clinical screening names (cutting, burning, scratching, hitting oneself, head
 * banging; rules/lexicon/self-harm.ts).
 */
export const SELF_INFLICTED: CueWords = {
  en: ['cut myself', 'hurt myself', 'harm myself', 'injure myself', 'burn myself', 'scratch myself', 'hit myself',
    'punch myself', 'slap myself', 'bite myself', 'pinch myself', 'slash myself', 'stab myself', 'beat myself',
    'bang my head', 'hit my head against', 'hit my head on the wall', 'smash my head', 'cut my arms', 'cut my legs',
    'cut my wrists', 'cut my thighs', 'slash my wrists', 'burn my arms', 'burn my skin', 'scratch my arms',
    'scratch my skin', 'self-harm', 'self harm', 'selfharm', 'self-harming', 'self-injury', 'self injury',
    'self-inflicted', 'self inflicted'],
  sv: ['skära sig', 'skada sig', 'skada sig själv', 'bränna sig', 'riva sig', 'klösa sig', 'rispa sig', 'slå sig själv',
    'nypa sig', 'bita sig', 'sticka sig', 'klia sig tills',
    // the past and present forms the stemmer does not bring back to the infinitive
    'skar sig', 'skurit sig', 'skär sig', 'brände sig', 'bränt sig', 'bränner sig', 'rev sig', 'rivit sig', 'river sig',
    'klöste sig', 'klöser sig', 'rispade sig', 'rispar sig', 'nöp sig', 'nyper sig', 'bet sig', 'biter sig', 'skadade sig',
    'skadat sig', 'skadar sig', 'slog sig själv', 'slår sig själv', 'slå huvudet i väggen', 'slå huvudet i golvet',
    'slå huvudet mot väggen', 'dunka huvudet', 'banka huvudet', 'skära sina armar', 'självskada', 'självskador',
    'självskadebeteende', 'självskadande', 'självskadat'],
  nb: ['kutte seg', 'skjære seg', 'skade seg', 'skade seg selv', 'brenne seg', 'klore seg', 'rispe seg', 'slå seg selv',
    'klype seg', 'bite seg', 'stikke seg', 'klø seg til',
    'kuttet seg', 'kutta seg', 'kutter seg', 'skar seg', 'skåret seg', 'skjærer seg', 'skadet seg', 'skada seg',
    'skader seg', 'brente seg', 'brent seg', 'brenner seg', 'klorte seg', 'klort seg', 'klorer seg', 'risper seg',
    'rispet seg', 'kløp seg', 'klyper seg', 'bet seg', 'biter seg', 'slo seg selv', 'slår seg selv', 'slå hodet i veggen', 'slå hodet i gulvet',
    'slå hodet mot veggen', 'dunke hodet', 'banke hodet', 'selvskading', 'selvskade', 'sjølvskading', 'sjølvskade',
    'selvpåført', 'selvpåførte'],
};
