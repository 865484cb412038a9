import type { ConceptCues } from './concept-cues';
import type { CueWords } from './concept-cues';
import { INNOCENT_EXPLANATIONS } from './innocent-explanations';

/**
 * Moving house explains "not being here" and a flat given up innocently: for suicide only (a move is no
 * explanation of a blow told with it).
 */
const SUICIDE_ONLY_INNOCENT: CueWords = {
  // A dose taken "as prescribed" or asked about for a child, a course of antibiotics, a trip, a swim, a party, a hunt, a new job,
  // and only a move to come: a move told as history ("flytta fra Bergen i fjor, … tok alle pillene") explains nothing.
  en: ['moving to', 'move to', 'relocating', 'emigrating', 'new flat', 'new house', 'as prescribed', 'camping', 'going away', 'travelling',
    'swim', 'swims', 'party', 'garden party', 'antibiotics', 'penicillin', 'course of antibiotics', 'new job', 'got a job', 'cricket', 'hunting', 'went hunting', 'for a child', 'for a toddler', 'for the baby'],
  sv: ['flyttar till', 'ska flytta', 'ny lägenhet', 'ny bostad', 'emigrerar', 'som ordinerat', 'enligt ordination', 'campa', 'campar',
    'bortrest', 'åker bort', 'simma', 'simmar', 'fest', 'festen', 'grillfest', 'kalaset', 'antibiotika', 'penicillin', 'antibiotikakur', 'nytt jobb', 'nya jobbet', 'fick jobb', 'fått jobb', 'på jakt', 'på älgjakt', 'för ett barn', 'för bebisen'],
  nb: ['flytter til', 'skal flytte', 'ny leilighet', 'ny bolig', 'emigrerer', 'som foreskrevet', 'etter resept', 'telttur', 'bortreist',
    'reiser bort', 'svømme', 'svømmer', 'bade', 'bader',
    // the verb's past, not the bathroom the tablets are kept in ("i en boks på badet")
    'har badet', 'hadde badet', 'vi badet', 'badet i sjøen', 'badet i havet', 'badet i vannet', 'badet i bassenget', 'badet med', 'fest', 'festen', 'grillfest', 'selskapet', 'antibiotika', 'penicillin', 'antibiotikakur', 'ny jobb', 'nye jobben', 'fikk jobb', 'fått jobb', 'på jakt', 'på elgjakt', 'for et barn', 'for babyen'],
};

/**
 * Of the shared innocent explanations, those that can explain a way of dying told with them: an accident, a fall, a slip,
 * a work target or a boss ("this target will be the death of me"), and an outing that explains being at a cliff or a
 * bridge (a picnic, the view, a walk, a holiday). A match, a film, a trampoline, a stove or a game explain a bruise or a
 * burn, never pills counted out or a jump planned: "After the match he took all his pills". Nor do laughter and jokes,
 * which explain a threat to kill someone else: suicide-prevention guidance asks that a joke about suicide be taken
 * seriously ("joked that the bridge looks inviting", "haha no I'm not depressed, I've just looked up how").
 */
export const EXPLAINS_A_WAY_OF_DYING: ReadonlySet<string> = new Set([
  'accident', 'accidentally', 'by accident', 'fell off', 'fell over', 'tripped', 'slipped', 'slipped on the ice', 'targets', 'target',
  'record', 'manager', 'boss', 'supervisor', 'my teacher', 'if i am late', 'late again', 'picnic', 'fireworks', 'the sunset', 'the view',
  'for a walk', 'walking the dog', 'on holiday', 'day trip', 'sightseeing', 'fishing', 'swimming',
  'olycka', 'olyckan', 'cykelolycka', 'ramlade', 'snubblade', 'halkade', 'halkade på isen', 'målet', 'säljmål', 'rekord', 'chef',
  'chefen', 'kommer sent', 'för sent', 'försenad', 'picknick', 'fyrverkerierna', 'fyrverkerier', 'solnedgången', 'utsikten',
  'på promenad', 'rastade hunden', 'på semester', 'utflykt', 'fiska', 'fiskade', 'bada', 'badade',
  'ulykke', 'ulykken', 'sykkelulykke', 'falt', 'snublet', 'skled', 'sklei', 'skled på isen', 'salgsmålet', 'sjef', 'sjefen',
  'kommer for sent', 'for sent', 'piknik', 'fyrverkeriet', 'solnedgangen', 'utsikten', 'var på tur', 'gikk på tur', 'dro på tur',
  'drar på tur', 'ute på tur', 'på tur med', 'på tur i', 'på tur til', 'luftet hunden', 'på ferie', 'utflukt', 'fiske', 'fisket',
  'badetur', 'bading',
]);
const explainsAWayOfDying = (word: string): boolean => EXPLAINS_A_WAY_OF_DYING.has(word);

/** Counts of tablets large enough to be an overdose rather than a dose ("tok 20 stk.", "30 tabletter"). */
const MANY = [10, 12, 14, 15, 16, 18, 20, 24, 25, 28, 30, 32, 35, 40, 45, 50, 60, 70, 80, 90, 100];
const counted = (units: string[]): string[] => MANY.flatMap((n) => units.map((unit) => `${n} ${unit}`));

export const suicideCues: ConceptCues = {
  concept: 'suicide',
  aboutOwnActs: true,
  note:
    'The kinds of indirect writing that clinical screening asks about (a wish to be dead or not wake up, ' +
    'thoughts, plan, means, preparation; C-SSRS screener, PHQ-9 item 9, ASQ), read as combinations: ' +
    'a death or absence word with a wish, thought, burden or plan word; pointlessness with life or waking; ' +
    'a means (medicines, rope, a bridge, the railway) with stockpiling, a quantity or a place to jump; ' +
    'farewell messages and giving belongings away; fumes in a closed space, a ligature round the neck, ' +
    'being found with a means, steering into traffic, means sought (a gun); the time one will not be ' +
    'around, alive or a burden for; saying goodbye with giving things away, words of love or not staying ' +
    '(warning signs in suicide-prevention guidance); asking why one should go on living; a life "lived long ' +
    'enough" or that "has run its course" (older clients\' words for a wish to die); ' +
    'letters left "in case" one is gone; euphemisms ("do away with myself", sv "ta sig av daga", nb "gjøre ende ' +
    'på seg selv", sleeping or lying down "for good"); standing or sitting at the edge of a height; ' +
    'picturing or planning one\'s own funeral; not deserving to live; no way out but death; wanting to stop breathing; a means one talks of ' +
    'using on oneself; a will with goodbyes; driving hoping to crash; a wish to be with someone who has ' +
    'died; an attempt that ended in intensive care (a hospital alone pairs with no death word: relatives ' +
    'die in hospital); letters to the family with "in case" or not being around, and giving things away with not needing ' +
    'them "where I am going", also said over two or three short sentences; a cut to the wrists said with the aim of dying; ' +
    'waiting to die or to be allowed to; preparations (things given away with affairs wound up, a will with a letter to a ' +
    'child, a note left before going missing, a pet\'s care arranged "if something happens to me", passwords handed over); ' +
    'a lethal means kept "for when it gets too much"; a height checked for being high enough; an attempt named by its ' +
    'method, or counted in tablets; a painless way looked up; wanting to be with a parent or partner who died; not ' +
    'expecting to be here at a time to come; pointlessness of all of it, said of now; a survival regretted; older clients\' and ' +
    'believers\' words ("ready to go", "home to the Lord", "had a good innings", resting for ever) with a second sign; belongings ' +
    'divided ("who gets what") with not being around; "you won\'t have to worry about me" with a time to come; water, ice and ' +
    'heights: not coming back, asking how deep or high, lingering at the railing, ice hoped to break, a height that tempts; a means ' +
    'kept "for when I decide" or said with ending it; a life insurance asked about with an accident\'s look or one\'s own death; ' +
    'only waiting now, after a death in the family or with food given up; a death wished "in an accident"; a way of dying told ' +
    'laughing (jokes explain a threat to someone else, not this). Going ' +
    'somewhere (travel words) counts only with a height or a place, never with a bare wish ("wants to go to the ' +
    'jobcentre"); medicines kept for pain, a dose, a course of antibiotics, a trip, a swim, a party and a move to come ' +
    'explain a combination innocently. A single class is never enough except for the ' +
    'unambiguous words ("top myself", "överdos", nb "drepe meg selv"). Left out: bare method words without intent ' +
    'or quantity; sv "bort", nb "bort" (away: "åka bort", "ge bort") though they stem like "borta", "borte" (gone); ' +
    'a threat to kill someone else.',
  classes: {
    strong: {
      en: ['top myself', 'topped myself', 'topping myself', 'overdose', 'overdosed', 'od', 'suicid*', 'kill myself',
        'end my life', 'take my own life', 'unalive', 'sleep forever', 'never wake up', 'not wake up again',
        'put an end to myself', 'throw myself in front of', 'throw myself off', 'hang myself', 'slit my wrists',
        'lived long enough', 'done with living', 'finished with living', 'do away with myself', 'do myself in', 'off myself',
        'end myself', 'sleep for good', 'go to sleep for good', 'sleep for ever', 'gas myself', 'nothing keeping me here', 'nothing to keep me here', 'nothing left to keep me', 'nothing holding me here', 'nothing left holding me', 'nothing left to stay for', 'helping the lord along', 'help the lord along', 'helping god along', 'help god along', 'help nature along', 'regret being found', 'regrets being found', 'sorry ... was found', 'wish ... had not found me', 'no want to live', 'no want live', 'no want to be alive', 'attempted hanging', 'hanging attempt', 'attempted to hang', 'attempted overdose', 'worth more dead'],
      sv: ['självmord', 'suicid*', 'överdos', 'döda mig själv', 'ta livet av sig', 'ta mitt liv', 'sova för alltid', 'aldrig vakna',
        'inte vakna igen', 'kasta sig framför', 'hänga sig', 'skära upp handlederna', 'levt färdigt', 'levt klart',
        'levt tillräckligt länge', 'levt nog', 'sova för evigt', 'somna för evigt', 'gasa ihjäl sig', 'gasa sig', 'göra slut på mig själv', 'göra slut på sig', 'ta mig av daga', 'somna för gott',
        'sova för gott', 'somna in för gott', 'få vila för alltid', 'få vila för evigt', 'få vila för gott', 'inget som håller mig kvar', 'ingenting som håller mig kvar', 'inget kvar som håller mig', 'inget kvar att stanna för', 'ångrar att ... hittades', 'ångrar att ... blev hittad', 'ångrar att de hittade', 'synd att ... hittades', 'hängningsförsök', 'försök till hängning', 'mer värd död', 'ta ... livet av sig', 'tar ... livet av sig', 'köra in i bergväggen', 'köra rakt in i bergväggen'],
      nb: ['selvmord', 'sjølvmord*', 'suicid*', 'overdose', 'drepe meg selv', 'ta livet av seg', 'ta livet mitt', 'sove for alltid', 'aldri våkne',
        'ikke våkne igjen', 'ikkje våkne igjen', 'kaste seg foran', 'henge seg', 'sovne inn for godt', 'borte for godt',
        'levd ferdig', 'levd lenge nok', 'levd nok', 'gjøre slutt på meg selv', 'gjøre ende på meg selv', 'ta meg av dage',
        'gjøre det av med meg selv', 'sovne for godt', 'sove for godt', 'sove for evig', 'sovne for evig', 'gasse seg i hjel', 'gasse seg', 'ingenting som holder meg her', 'ikke noe som holder meg her', 'ikke noe mer som holder meg', 'ingenting som holder meg igjen', 'ingenting igjen å leve for', 'angrer på at ... ble funnet', 'angrer på at de fant', 'synd at ... ble funnet', 'skulle ønske ingen fant', 'hengningsforsøk', 'forsøk på henging', 'forsøk på hengning', 'mer verdt død', 'ta ... livet av seg', 'tar ... livet av seg', 'kjøre i fjellveggen', 'kjøre inn i fjellveggen', 'kjøre rett i fjellveggen'],
    },
    death: {
      en: ['die', 'died', 'dying', 'dead', 'death', 'not here', 'not be here', 'not be around', 'gone', 'be gone',
        'not exist', 'stop existing', 'disappear', 'vanish', 'not ... wake up', 'not ... wake', 'never ... wake', 'never ... woken', 'not ... woken', 'end it', 'end it all',
        'end things', 'end everything', 'sleep and not', 'fall asleep and', 'no longer here', 'not alive', 'not living',
        'away for good', 'gone for good', 'after i am gone', 'when i am gone', 'not around anymore', 'not have to wake up', 'it all to stop',
        'everything to stop', 'make it all stop', 'hit by a bus', 'hit by a car', 'hit by a lorry', 'bus hit', 'car hit', 'lorry hit',
        'truck hit', 'run over', 'into a wall', 'into a tree', 'into a lorry', 'six feet under', 'in the ground', 'in my grave',
        'in a grave', 'in a box', 'checking out', 'check out for good', 'not ... being around', 'not ... be around', 'never ... born', 'bleed out',
        'bleeds out', 'bled out', 'finish it', 'finish it all', 'finish myself off', 'give up on everything', 'it all over',
        'it all to be over', 'myself to death', 'stop breathing', 'hoping to crash', 'hope i crash', 'hoping i crash',
        'crash the car on purpose', 'it to end', 'it all to end', 'it to be over', 'it to stop', 'never get up again', 'not get up again',
        'never ... get up again', 'disappeared for good', 'disappear for good',
        'if i was not here', 'if i were not here', 'if i was not around', 'if i were not around', 'if i am not here', 'if i am not around', 'when i am not here', 'not here anymore', 'not ... here anymore', 'walk into the sea', 'walk into the river', 'walk into the lake', 'walk into the water', 'drown myself', 'it would be over', 'it would all end', 'if i am dead', 'when i am dead', 'let the sea take me', 'let the water take me', 'rest forever', 'rest for ever', 'rest for good', 'off the quay', 'off the pier', 'dissapear', 'disapear', 'dissappear'],
      sv: ['dö', 'dör', 'död', 'döden', 'jag dog', 'om jag dog', 'försvinna', 'försvinner', 'inte finnas', 'inte ... finnas',
        'inte ... vakna', 'inte ... vaknat', 'aldrig ... vakna', 'aldrig ... vaknat', 'allt ... ta slut', 'det ... ta slut', 'livet ... ta slut', 'göra slut', 'vara borta', 'är borta',
        'bli borta', 'blir borta', 'borta för alltid', 'borta för gott', 'inte leva', 'inte vara här', 'somna in',
        'sova och aldrig', 'somna och inte', 'avsluta allt', 'avsluta det', 'allt att sluta', 'påkörd', 'bli påkörd', 'slippa vakna', 'slippa leva', 
        'under jord', 'i graven', 'i jorden', 'inte ... finnas kvar', 'inte ... vara kvar', 'aldrig ... fötts', 'aldrig ... född', 'förblöda',
        'göra slut på det', 'ge upp allt', 'allt ska vara över', 'allt vara över', 'ihjäl sig', 'sluta andas', 'hoppas krascha',
        'hoppas att jag kraschar', 'hoppas jag kraschar', 'sluta finnas', 'sluta existera', 'aldrig gå upp igen', 'aldrig stiga upp igen', 'aldrig ... upp igen', 'inte ... upp igen', 'försvann för gott', 'försvinna för gott',
        'om jag inte var här', 'om jag inte fanns', 'om jag inte fanns här', 'om jag inte är här', 'om jag inte är kvar', 'när jag inte är här', 'inte är här längre', 'inte ... är här längre', 'gå i sjön', 'gå i havet', 'gå i vattnet', 'gå i älven', 'gå ut i sjön', 'dränka mig', 'det ... bli slut', 'bli slut på allt', 'om jag är död', 'när jag är död', 'låta havet ta mig', 'låta vattnet ta mig', 'mot en långtradare', 'mot en lastbil', 'in i bergväggen', 'i bergväggen', 'över kajkanten'],
      nb: ['dø', 'dør', 'død', 'døde', 'døden', 'forsvinne', 'forsvinner', 'ikke finnes', 'ikke ... finnes',
        'ikke ... våkne', 'ikkje ... våkne', 'aldri ... våkne', 'aldri ... våknet', 'ikke ... våknet', 'alt ... ta slutt', 'det ... ta slutt', 'livet ... ta slutt', 'gjøre slutt', 'være borte', 'er borte',
        'bli borte', 'ble borte', 'blir borte', 'borte for alltid', 'ikke leve', 'ikke være her', 'sovne inn',
        'sovna inn', 'sove og aldri', 'avslutte alt', 'avslutte det', 'alt skal stoppe', 'overkjørt', 'bli overkjørt', 'slippe å våkne', 'slippe å leve', 
        'under jorda', 'i grava', 'i graven', 'i jorda', 'ikke ... være her', 'ikke ... finnes lenger', 'aldri ... født', 'forblø',
        'gjøre det slutt', 'gi opp alt', 'alt skal være over', 'alt være over', 'seg i hjel', 'seg ihjel', 'slutte å puste', 'håper jeg krasjer',
        'håper å krasje', 'slutte å finnes', 'slutte å eksistere', 'aldri stå opp igjen', 'aldri ... opp igjen', 'ikke ... opp igjen', 'forsvann for godt', 'forsvinne for godt', 'forsvant for godt',
        'om jeg ikke var her', 'hvis jeg ikke var her', 'om jeg ikke fantes', 'hvis jeg ikke fantes', 'om jeg ikke er her', 'hvis jeg ikke er her', 'når jeg ikke er her', 'ikke er her lenger', 'ikke ... er her lenger', 'gå i sjøen', 'gå i havet', 'gå i vannet', 'gå i elva', 'gå ut i sjøen', 'drukne meg', 'det ... bli slutt', 'bli slutt på alt', 'om jeg er død', 'hvis jeg er død', 'når jeg er død', 'la havet ta meg', 'la sjøen ta meg', 'la vannet ta meg', 'hvile for alltid', 'hvile for evig', 'hvile for godt', 'mot en trailer', 'mot et vogntog', 'mot en lastebil', 'i fjellveggen', 'inn i fjellveggen', 'utfor kaia', 'utfor kaien', 'utfor stupet'],
    },
    wish: {
      en: ['wish', 'want', 'wants', 'wanted', 'wanna', 'wnat', 'watn', 'wan to', 'whant', 'rather', 'prefer', 'think about', 'thinking about', 'thought about',
        'thoughts of', 'thoughts about', 'plan', 'planning', 'planned', 'better off', 'burden', 'easier', 'easier for',
        'hope', 'hoping', 'ready to', 'longing to', 'longing for', 'long to', 'long for', 'fantasise', 'fantasize', 'tempted', 'urge', 'considered', 'considering',
        'sometimes i think', 'keep thinking', 'just want', 'would be better', 'everyone would', 'thinking of', 'thought of',
        'think of', 'thinking', 'looking at', 'be a relief', 'be nice', 'better without', 'not mind', 'would not mind', 'not care', 'would not care', 'no one ... miss', 'nobody ... miss', 'no one ... care', 'nobody ... care', 'care if', 'notice if', 'googled', 'looked up', 'researched', 'searched', 
        'might as well', 'may as well', 'just as well', 'no one ... notice', 'nobody ... notice', 'happier if', 'happier without',
        'would like', 'should like', 'like it to', 'better for', 'best for', 'picture', 'picturing', 'imagine', 'imagining', 'best if', 'be best', 'best for everyone', 'best for all',
        'easiest', 'easiest for', 'waiting to', 'just waiting to', 'allowed to', 'better i am', 'better if i', 'better that i', 'think better', 'doing everyone a favour', 'do everyone a favour', 'doing everyone a favor', 'do everyone a favor', 'begs to', 'begging to', 'prays to be', 'praying to be'],
      // a hope, now that "hoppas" (hope) is no longer read as "hoppa" (jump) by its stem (rules/match/stem.ts)
      sv: ['i hopp om', 'i hopp att', 'vill', 'ville', 'vilja', 'önskar', 'önskat', 'önskade', 'hellre', 'tänker på', 'tänkt på', 'tankar på',
        'tankar om', 'funderar på', 'funderat på', 'planerar', 'planerat', 'plan', 'bättre', 'bättre för', 'börda',
        'hoppas', 'längtar efter', 'längtar till', 'längtar bort', 'längtar att', 'redo', 'frestad', 'fått det lättare', 'slippa', 'tänkt', 'skönt', 'sakna mig', 'inte ha något emot', 'skulle inte bry mig', 'bättre utan', 'ingen ... sakna', 'ingen ... bry sig',
        'bry sig om', 'googlat', 'googlade', 'sökt på', 'sökt efter', 'kollat upp', 'kollade upp', 'läst om', 'letat efter', 'lika bra', 'lika gärna', 'ingen ... märka', 'ingen ... märker', 'ingen ... märkt',
        'gladare utan', 'enklare', 'enklare för', 'lust att', 'lust till', 'bäst om', 'bäst för', 'bäst för alla', 'lättast', 'lättast för',
        'väntar på att få', 'väntar bara på', 'få lov att', 'lättare för', 'lättare för alla', 'lättare om', 'lättare utan', 'varit lättare', 'vore lättare', 'vara lättare', 'haft det lättare', 'bli lättare', 'bestämt mig för att', 'bestämt sig för att', 'göra alla en tjänst', 'gör alla en tjänst', 'ber om att få', 'bad om att få', 'ber ... om att få', 'skulle kunna tänka mig'],
      nb: ['i håp om', 'så lett å', 'vært så lett', 'vil', 'ville', 'ønsker', 'ønsket', 'ønske', 'heller', 'tenker på', 'tenkt på', 'tanker om', 'tanker på',
        'planlegger', 'planlagt', 'plan', 'bedre', 'bedre for', 'byrde', 'håper', 'lengter', 'klar for',
        'fristet', 'vil berre', 'slippe', 'tenkt', 'deilig', 'godt å', 'savne meg', 'ikke hatt noe imot', 'ikke brydd meg', 'bedre uten', 'ingen ... savne', 'ingen ... bry seg', 'bry seg om', 'googlet', 'googla', 'søkt på', 'søkt etter', 'sjekket', 'sjekka', 'sjekket ut', 'lest om', 'lett etter', 
        'like greit', 'like bra', 'like godt', 'ingen ... merke', 'ingen ... merket', 'ingen ... merker', 'gladere uten', 'enklere', 'enklere for', 'lyst til', 'lyst å',
        'best om', 'best for', 'best for alle', 'lettest', 'lettest for', 'venter på å få', 'venter bare på', 'få lov til', 'få lov å', 'lettere for', 'lettere for alle', 'lettere om', 'lettere hvis', 'lettere uten', 'vært lettere', 'være lettere', 'hatt det lettere', 'blitt lettere', 'bestemt meg for at', 'bestemt seg for at', 'gjøre alle en tjeneste', 'gjør alle en tjeneste', 'ber om å få', 'ba om å få', 'ber ... om å få', 'kunne godt tenke meg', 'kunne tenke meg'],
    },
    pointless: {
      en: ['no point', 'the point of', 'the point in', 'what is the point', 'whats the point', 'what the point', 'pointless', 'no reason', 'why bother',
        'meaningless', 'no meaning', 'can not go on', 'can not do this anymore', 'can not take it', 'no hope', 'hopeless', 
        'not ... any point', 'not ... the point', 'not ... any meaning', 'no desire', 'no wish', 'no will', 'not worth', 'had enough of',
        'fed up of', 'fed up with', 'tired of', 'done with', 'finished with', 'give up on', 'given up on', 'giving up on',
        'can not be bothered', 'can not be arsed', 'cba', 'why should i', 'why would i', 'why do i even', 'why bother',
        'run its course', 'had its day', 'not see why', 'end of the road', 'end of the line', 'not deserve', 'not ... deserve',
        'not ... any reason', 'not any reason', 'does not matter anymore', 'nothing matters anymore', 'nothing matters any more', 'none of it matters', 'tired of everything', 'sick of everything'],
      sv: ['ingen mening', 'ingen idé', 'ingen vits', 'vad är meningen', 'vad är poängen', 'poängen med', 'meningen med', 'meningslöst', 'orkar inte',
        'orka inte', 'orkar inget', 'ingen ork', 'ingen anledning', 'hopplöst', 
        'inte ... någon mening', 'inte ... meningen', 'inte ... någon idé', 'inte ... någon poäng', 'ingen lust', 'inte lust', 'inte lönt',
        'inte värt', 'trött på', 'less på', 'fått nog av', 'klar med', 'färdig med', 'ge upp', 'gett upp',
        'orkar ej', 'orka ej', 'pallar inte', 'pallar ej', 'gitter inte', 'varför ska jag', 'varför skulle jag', 'fattar inte varför',
        'förstår inte varför', 'ser inte varför', 'ser ingen anledning', 'gjort sitt', 'vägs ände', 'vägen slut', 'förtjänar inte', 'inte förtjänar',
        'inte ... förtjänar', 'inte ... någon anledning', 'inte någon anledning', 'inte ser någon anledning', 'inte är någon idé', 'spelar ingen roll', 'spelar ingen roll längre', 'ingenting spelar roll', 'trött på allt', 'less på allt'],
      nb: ['ingen vits', 'ingen mening', 'hva er vitsen', 'hva er poenget', 'poenget med', 'vitsen med', 'meningen med', 'meningsløst', 'orker ikke', 'orke ikke',
        'orke ikkje', 'orker ikkje', 'ingen grunn', 'håpløst', 
        'ikke ... noen vits', 'ikke ... noen mening', 'ikke ... vitsen', 'ikke ... meningen', 'ingen lyst', 'ikke lyst', 'ikke verdt',
        'lei av', 'fått nok av', 'ferdig med', 'gi opp', 'gitt opp',
        'gidder ikke', 'gider ikke', 'gidd ikke', 'hvorfor skal jeg', 'hvorfor skulle jeg', 'skjønner ikke hvorfor',
        'forstår ikke hvorfor', 'ser ikke hvorfor', 'ser ingen grunn', 'gjort sitt', 'gått sin gang', 'veis ende', 'veien slutt', 'fortjener ikke', 'ikke fortjener',
        'ikke ... fortjener', 'ikke ... noe vits', 'ikkje ... noko vits', 'ikke ... noen grunn', 'ikke noen grunn', 'ikke noe vits',
        'ikke ser noen grunn', 'ikke er noe vits', 'ikke noen mening', 'ikke ... noen mening', 'spiller ingen rolle', 'spiller ingen rolle lenger', 'ingenting spiller noen rolle', 'lei av alt', 'sliten av alt'],
    },
    life: {
      en: ['life', 'living', 'live', 'alive', 'wake up', 'waking up', 'go on', 'going on', 'carry on', 'carrying on',
        'exist', 'existing', 'be here', 'being here', 'keep going', 'alive anymore', 'live anymore'],
      sv: ['livet', 'leva', 'lever', 'vakna', 'vaknar', 'finnas', 'finnas till', 'vara till längre', 'vara till mer', 'fortsätta', 'vara här', 'existera', 'leva vidare'],
      nb: ['livet', 'leve', 'lever', 'våkne', 'våkner', 'finnes', 'være til lenger', 'være til mer', 'fortsette', 'være her', 'eksistere', 'leve videre', 'er her lenger', 'finnes her'],
    },
    means: {
      en: ['pills', 'tablets', 'paracetamol', 'sertraline', 'co-codamol', 'codeine', 'citalopram', 'fluoxetine',
        'mirtazapine', 'amitriptyline', 'antidepressants', 'painkillers', 'sleeping tablets', 'zopiclone', 'diazepam', 'tramadol', 'sleeping pills', 'meds', 'medication',
        'insulin', 'rope', 'noose', 'ligature', 'belt', 'knife', 'razor', 'blades', 'bleach', 'antifreeze', 'her meds',
        'his meds', 'prescription', 'gun', 'shotgun', 'firearm', 'pistol', 'morphine', 'oxycodone', 'fentanyl', 'ibuprofen', 'aspirin', 'zolpidem', 'quetiapine', 'pregabalin', 'gabapentin', 'lithium', 'propranolol', 'venlafaxine', 'olanzapine', 'rifle', 'hunting rifle'],
      sv: ['tabletter', 'piller', 'sömntabletter', 'sömnmedel', 'imovane', 'propavan', 'theralen', 'sertralin',
        'citalopram', 'alvedon', 'panodil', 'paracetamol', 'tramadol', 'oxascand', 'atarax', 'mediciner', 'medicin',
        'rep', 'snara', 'kniv', 'rakblad', 'insulin', 'vapen', 'pistol', 'gevär', 'hagelgevär', 'morfin', 'oxikodon', 'ipren', 'treo', 'citodon', 'stilnoct', 'zolpidem', 'lergigan', 'stesolid', 'xanor', 'lyrica', 'pregabalin', 'oxynorm', 'quetiapin', 'litium', 'jaktgevär*', 'hagelbössa*', 'bössa*', 'repet'],
      nb: ['tabletter', 'piller', 'pillene', 'sovetabletter', 'sovemedisin', 'imovane', 'zopiklon', 'sertralin',
        'paracet', 'paracetamol', 'tramadol', 'vival', 'sobril', 'medisiner', 'medisin', 'tau', 'løkke', 'kniv',
        'barberblad', 'insulin', 'våpen', 'pistol', 'gevær', 'hagle', 'morfin', 'oksykodon', 'paralgin', 'paralgin forte', 'pinex', 'ibux', 'ibuprofen', 'zolpidem', 'stesolid', 'valium', 'xanax', 'lyrica', 'pregabalin', 'oxynorm', 'nobligan', 'quetiapin', 'litium', 'hagla', 'jaktgevær*', 'haglgevær*', 'børse*', 'tauet'],
    },
    stockpile: {
      en: ['stockpiling', 'stockpile', 'stockpiled', 'saving up', 'saving', 'saved up', 'hoarding', 'hoarded',
        'collecting', 'collected', 'bought', 'buying', 'got hold of', 'have enough', 'has enough', 'stash', 'hidden', 'hid', 'hides', 'a plan',
        'knows where', 'know where', 'know how', 'knows how', 'putting ... away', 'put ... away', 'just in case',
        'set aside', 'keeping ... back', 'kept ... back'],
      sv: ['samlat', 'samlar', 'samla', 'sparat', 'sparar', 'sparat ihop', 'samlat på sig', 'köpt', 'köper', 'har tillräckligt',
        'gömt', 'vet var', 'vet hur', 'en plan', 'lägger undan', 'lagt undan', 'lade undan', 'för säkerhets skull',
        'ifall att'],
      nb: ['samlet', 'samler', 'spart', 'sparer', 'spart opp', 'samlet opp', 'kjøpt', 'kjøper', 'har nok', 'gjemt',
        'vet hvor', 'vet hvordan', 'en plan', 'legger til side', 'lagt til side', 'la til side', 'for sikkerhets skyld',
        'i tilfelle'],
    },
    quantity: {
      en: ['a load of', 'loads of', 'took all', 'all my', 'all the', 'whole packet', 'whole box', 'whole bottle',
        'the lot', 'handful', ...counted(['of', 'tablets', 'pills']), 'dozens', 'a month of', 'a weeks worth', 'packets', 'boxes', 'too many', 'a bunch of', 'a stack of', 'swallowed', 'the whole pack', 'whole pack', 'whole strip', 'the whole lot'],
      sv: ['en burk', 'hela burken', 'hela kartan', 'alla', 'en massa', 'för många', 'en hel', 'en näve', ...counted(['tabletter', 'piller', 'av', 'st', 'stycken']), 'flera kartor', 'svalde', 'svalt', 'hela förpackningen', 'hela asken', 'en hel ask', 'hela paketet', 'hela kartan'],
      nb: ['en boks', 'hele boksen', 'hele brettet', 'alle', 'en haug', 'for mange', 'en hel', 'en neve', ...counted(['tabletter', 'piller', 'av', 'stk', 'stykker']), 'flere brett', 'svelget', 'svelgte', 'hele esken', 'en hel eske', 'hele pakken', 'hele pakningen', 'hele glasset'],
    },
    place: {
      en: ['bridge', 'railway', 'railway line', 'tracks', 'train', 'the line', 'cliff', 'roof', 'ledge', 'multi-storey',
        'car park roof', 'motorway', 'river', 'the sea', 'balcony', 'tube', 'platform', 'lorry', 'truck', 'oncoming traffic', 'bus',
        'traffic'],
      sv: ['bron', 'bro', 'spåret', 'spåren', 'tåget', 'tunnelbanan', 'pendeltåget', 'perrongen', 'taket', 'stupet',
        'motorvägen', 'bergvägg', 'balkongen', 'älven', 'ån', 'havet', 'vägen', 'lastbil', 'lastbilen', 'en buss', 'bussen',
        'mötande trafik', 'trafiken', 'långtradare', 'järnvägsspåret', 'tågspåret'],
      nb: ['brua', 'broen', 'bru', 'sporet', 'skinnene', 'toget', 't-banen', 'banen', 'perrongen', 'taket', 'stupet',
        'motorveien', 'fjellvegg', 'balkongen', 'elva', 'havet', 'veien', 'lastebil', 'lastebilen', 'en buss', 'bussen',
        'møtende trafikk', 'trafikken', 'trailer', 'vogntog', 'jernbanesporet', 'togsporet', 'jernbaneskinnene'],
    },
    absent: {
      en: ['not ... be around', 'not ... being around', 'not ... be here', 'not ... being here', 'not ... still be here', 'not ... still be around',
        'not ... be alive', 'not ... still alive', 'not ... being alive', 'not see myself ... alive', 'not see myself ... here',
        'not see myself ... around', 'not ... stick around', 'not ... stay around', 'not ... be a bother', 'not ... be a burden',
        'not ... be a nuisance', 'not ... trouble anyone', 'not ... bother anyone'],
      sv: ['inte ... finnas', 'inte ... finnas kvar', 'inte ... vara kvar', 'inte ... vara här', 'inte ... leva', 'inte ... vid liv',
        'inte ... i livet', 'inte ... stanna kvar', 'blir inte kvar', 'är inte kvar', 'stannar inte kvar', 'inte blir kvar', 'inte är kvar', 'inte stannar kvar', 'inte ... vara någon börda',
        'inte ... vara till besvär', 'inte ... ligga någon till last', 'inte ... besvära någon', 'inte ... vara med till'],
      nb: ['ikke ... finnes', 'ikke ... være her', 'ikke ... være igjen', 'ikke ... finnes lenger', 'ikke ... leve', 'ikke ... i live',
        'ikke ... bli her', 'blir ikke her', 'er ikke her', 'blir ikke værende', 'ikke blir her', 'ikke er her', 'ikke blir værende', 'ikke ... bli værende', 'ikke ... være noen byrde',
        'ikke ... være til bry', 'ikke ... ligge noen til last', 'ikke ... bry noen', 'ikke ... være med til'],
    },
    // "No way out of this but to die": the one way left, not a denial.
    noWayOut: {
      en: ['no way out', 'no other way', 'no other option', 'no way ... out', 'no other solution', 'no way forward', 'not ... a way forward', 'no way ahead'],
      sv: ['ingen väg ut', 'ingen utväg', 'ingen annan utväg', 'ingen annan väg', 'ingen annan lösning', 'ingen väg framåt', 'inte ... någon väg framåt'],
      nb: ['ingen vei ut', 'ingen utvei', 'ingen annen utvei', 'ingen annen vei', 'ingen annen løsning', 'ingen vei videre', 'ingen vei framover', 'ikke ... noen vei videre'],
    },
    // A means turned on oneself: "talks of using the gun on himself".
    onSelf: {
      en: ['on myself', 'against myself'],
      sv: ['på mig själv', 'mot mig själv'],
      nb: ['på meg selv', 'mot meg selv'],
    },
    inCase: {
      en: ['in case', 'just in case', 'if anything happens to me', 'for when', 'if something happens', 'if anything happens'],
      sv: ['ifall', 'i fall', 'om något händer mig', 'för när', 'om det händer något', 'om något händer', 'om det skulle hända något',
        'om det skulle hända mig något', 'om något skulle hända mig', 'ifall det'],
      nb: ['i tilfelle', 'i fall', 'hvis noe skjer meg', 'om noe skjer meg', 'til når', 'hvis det skjer noe', 'om det skjer noe',
        'hvis noe skjer', 'om noe skjer', 'tilfelle det'],
    },
    lastingTime: {
      en: ['much longer', 'for long', 'for much longer', 'by the summer', 'by spring', 'by the spring', 'by christmas', 'till christmas', 'by next', 'next year', 'this time next',
        'by the end of', 'by summer', 'my birthday', 'my next birthday', 'after christmas', 'after new year', 'after the new year', 'by then', 'next month', 'after this week'],
      sv: ['länge till', 'längre', 'så länge', 'till våren', 'till sommaren', 'till jul', 'nästa år', 'till sommaren', 'vid jul', 'min födelsedag', 'på min födelsedag', 'efter jul', 'efter nyår', 'efter julen', 'nästa månad', 'efter den här veckan', 'till dess'],
      nb: ['lenge til', 'mye lenger', 'så lenge', 'til jul', 'neste år', 'til sommeren', 'ved jul', 'bursdagen min', 'min bursdag', 'til bursdagen', 'etter jul', 'etter nyttår', 'etter julen', 'neste måned', 'etter denne uka', 'etter denne uken', 'innen da'],
    },
    method: {
      en: ['how i would do it', 'how to do it', 'how i would kill', 'how i would end', 'how many it would take',
        'how i would go about it', 'ways to do it', 'decided how', 'worked out how', 'how many ... it would take', 'how much it would take', 'how much would take', 'how many would be enough', 'how much ... too much', 'how many ... too many', 'how much would be too much'],
      sv: ['hur jag skulle göra det', 'hur jag ska göra det', 'hur man gör det', 'hur många som krävs', 'sätt att göra det',
        'bestämt sig för hur', 'räknat ut hur', 'hur många ... som krävs', 'hur mycket som krävs', 'hur mycket som behövs', 'bestämt hur', 'redan bestämt hur', 'tänkt ut hur', 'hur mycket ... för mycket', 'hur många ... för många', 'hur många ... som är för mycket', 'hur mycket som är för mycket'],
      nb: ['hvordan jeg skulle gjøre det', 'hvordan jeg skal gjøre det', 'hvordan man gjør det', 'hvor mange som skal til',
        'måter å gjøre det på', 'bestemt seg for hvordan', 'funnet ut hvordan', 'hvor mange ... som skal til', 'hvor mye som skal til', 'hvor mye som trengs', 'bestemt hvordan', 'allerede bestemt hvordan', 'tenkt ut hvordan', 'hvor mye ... for mye', 'hvor mange ... for mange', 'hvor mye som er for mye', 'hvor mange ... som er for mye'],
    },
    height: {
      en: ['bridge', 'railway bridge', 'railway line', 'tracks', 'cliff', 'cliffs', 'ledge', 'multi-storey', 'car park roof', 'roof', 'the roof', 'railway', 'the railway', 'train tracks', 'multistorey', 'multi storey', 'car park'],
      sv: ['bron', 'järnvägsbron', 'spåret', 'spåren', 'stupet', 'klippan', 'klipporna', 'klippor', 'kanten', 'taket', 'järnvägen', 'tågspåret', 'tågspåren'],
      nb: ['brua', 'broen', 'jernbanebrua', 'sporet', 'skinnene', 'stupet', 'klippen', 'kanten', 'taket', 'jernbanen', 'togskinnene', 'jernbanesporet'],
    },
    jump: {
      en: ['jump', 'jumping', 'jumped', 'throw myself', 'stood on', 'standing on', 'climbed', 'step in front',
        'in front of', 'found him on', 'found her on', 'found on', 'talked down', 'talked him down', 'talked her down',
        'picked up on', 'talk ... down', 'talking ... down', 'talked ... down', 'driving ... into', 'drive ... into', 'crash ... into', 'stood by', 'standing by', 'stood at', 'walk into', 'drive into', 'drive off', 'crash the car', 'crash my car', 'lie on', 'lay on', 'swerve', 'swerving', 'swerve into', 'steer into', 'let go of the wheel', 'take my hands off the wheel', 'drive off the road', 'lay down on', 'lying on', 'lie down on'],
      sv: ['hoppa', 'hoppar', 'hoppade', 'kasta mig', 'stod på', 'står på', 'ställde mig', 'klättrade',
        'framför', 'hittade honom på', 'hittade henne på', 'hittades på', 'pratade ner', 'prata ... ner', 'pratade ... ner', 'pratat ... ner', 'prata ... ned', 'köra ... in i', 'stått vid', 'stod vid', 'står vid', 'köra av', 'köra in i', 'krascha', 'lägga mig på', 'gå ut i', 'svänga ut', 'svänga in', 'styra in', 'köra ut', 'släppa ratten', 'släpper ratten', 'släppte ratten', 'köra av vägen', 'lade sig på', 'la sig på', 'lagt sig på', 'låg på'],
      nb: ['hoppe', 'hopper', 'hoppet', 'fant ham på', 'fant henne på', 'funnet på', 'snakket ned', 'snakke ... ned', 'snakket ... ned', 'snakka ... ned', 'snakke ... ner', 'snakket ... ner', 'kjøre ... inn i', 'stått ved', 'sto ved', 'står ved', 'kaste meg', 'sto på', 'stod på', 'står på', 'klatret', 'foran',
        'kjøre av', 'kjøre inn i', 'krasje', 'legge meg på', 'gå ut i', 'svinge ut', 'svinge inn', 'styre inn', 'kjøre ut', 'slippe rattet', 'slipper rattet', 'slapp rattet', 'kjøre av veien', 'la seg på', 'lagt seg på', 'lå på'],
    },
    // Going to a place: with a height only ("drove to the bridge"), never with a wish ("wants to go to the jobcentre").
    travel: {
      en: ['went to', 'visiting', 'visited', 'drove to', 'driven to', 'go to', 'drive to', 'drove out to', 'went out to', 'drive out to', 'walked out to', 'went down to', 'walked down to'],
      sv: ['gick till', 'åkt till', 'åkt ut till', 'åkte till', 'åkte ut till', 'kört till', 'kört ut till', 'körde till', 'körde ut till', 'åka till', 'gå till', 'gick ut till', 'gått ut till', 'gick ner till', 'gått ner till'],
      nb: ['kjørt til', 'kjørt ut til', 'kjørte til', 'kjørte ut til', 'dratt til', 'dratt ut til', 'dra til', 'gå til', 'kjøre til', 'gikk til', 'gikk ut til', 'gått ut til', 'gikk ned til', 'gått ned til'],
    },
    message: {
      en: ['letter', 'letters', 'note', 'text', 'message', 'texted', 'messaged', 'email', 'voicemail', 'post',
        'snapchat', 'snap', 'instagram', 'facebook', 'tiktok', 'profile', 'status', 'story', 'group chat', 'txt', 'txts', 'texts', 'msg', 'msgs'],
      sv: ['brev', 'lapp', 'sms', 'meddelande', 'sms:at', 'smsade', 'mejl', 'inlägg', 'snapchat', 'snap', 'instagram',
        'facebook', 'tiktok', 'profilen', 'status', 'gruppchatten', 'snappade', 'sms:ade'],
      nb: ['brev', 'lapp', 'melding', 'sms', 'e-post', 'innlegg', 'snapchat', 'snap', 'instagram', 'facebook', 'tiktok',
        'profilen', 'status', 'gruppechatten'],
    },
    farewell: {
      en: ['goodbye', 'saying goodbye', 'said goodbye', 'farewell', 'sorry for everything', 'after i am gone',
        'when i am gone', 'afterwards', 'for after', 'for my mum', 'to read after', 'love you all', 'for the kids',
        'for my kids', 'for the children', 'to the kids', 'for everyone', 'thanks for everything', 'thank you for everything'],
      sv: ['hejdå', 'hej då', 'farväl', 'adjö', 'förlåt för allt', 'efteråt', 'när jag är borta', 'ska läsa efter',
        'tar farväl', 'till barnen', 'till alla', 'tack för allt'],
      nb: ['ha det', 'farvel', 'adjø', 'unnskyld for alt', 'etterpå', 'når jeg er borte', 'tar farvel', 'avskjed', 'til alle', 'takk for alt'],
    },
    affection: {
      en: ['loves them', 'love them', 'loves you', 'love you all', 'loves her', 'loves him', 'how much he loves', 'how much she loves'],
      sv: ['älskar dem', 'älskar er', 'älskar dig', 'hur mycket han älskar', 'hur mycket hon älskar', 'älskar henne', 'älskar honom'],
      nb: ['elsker dem', 'elsker dere', 'elsker deg', 'hvor mye han elsker', 'hvor mye hun elsker', 'elsker henne', 'elsker ham', 'elsker han'],
    },
    reunion: {
      en: ['be with', 'join', 'see ... again', 'be reunited', 'go to'],
      sv: ['vara med', 'få träffa', 'följa efter', 'komma till', 'vill till', 'vill komma till', 'träffa ... igen', 'förenas med'],
      nb: ['være med', 'få treffe', 'følge etter', 'komme til', 'vil til', 'vil komme til', 'treffe ... igjen', 'bli gjenforent'],
    },
    deceased: {
      en: ['late husband', 'late wife', 'late partner', 'late mum', 'late mother', 'late dad', 'late father', 'late son',
        'late daughter', 'dead', 'died', 'passed away', 'who passed', 'in heaven'],
      sv: ['framlidne', 'avlidne', 'döda', 'dog', 'gick bort', 'i himlen'],
      nb: ['avdøde', 'døde', 'gikk bort', 'i himmelen'],
    },
    criticalCare: {
      en: ['icu', 'itu', 'intensive care', 'resus', 'life support', 'critical care'],
      sv: ['iva', 'intensiven', 'intensivvården', 'intensivvårdsavdelningen', 'respirator'],
      nb: ['intensiven', 'intensivavdelingen', 'intensivavdeling', 'respirator'],
    },
    giveAway: {
      en: ['given away', 'give away', 'gave away', 'giving away', 'given his', 'given her', 'given my', 'gave his',
        'gave her', 'gave my', 'sold his', 'sold her', 'sold my', 'sold', 'rehomed', 'rehome', 'gave him', 'give ... away',
        'giving ... away', 'gave ... away', 'given ... away', 'selling everything', 'sold everything', 'selling all', 'put everything up for sale'],
      sv: ['gett bort', 'gav bort', 'ger bort', 'skänkt', 'skänkte', 'sålt', 'sålde', 'ge bort', 'ge ... bort', 'ger ... bort', 'gav ... bort', 'delat ut', 'säljer allt', 'sålt allt', 'lagt ut allt', 'lägger ut allt'],
      nb: ['gitt bort', 'ga bort', 'gir bort', 'solgt', 'solgte', 'gitt vekk', 'ga vekk', 'gi bort', 'gi ... bort', 'gir ... bort', 'ga ... bort', 'gi vekk', 'selger alt', 'solgt alt', 'lagt ut alt', 'legger ut alt'],
    },
    affairsInOrder: {
      en: ['not be needing', 'not need them', 'not need it', 'not going to need', 'will not need', 'a will',
        'my will', 'his will', 'her will', 'written a will', 'affairs in order', 'sorted everything out', 'tied up loose ends',
        'where i am going', 'where she is going', 'where he is going', 'not ... need them', 'not ... need it',
        'letter for', 'not need anything where i am going', 'no need for ... where i am going', 'need ... where i am going'],
      sv: ['inte behöva', 'inte behöver', 'inte ... behöva', 'inte ... behöver', 'testamente', 'testamentet', 'ordning på allt', 'allt på plats', 'ordnat allt',
        'brev till', 'behöver ... inte där jag ska', 'behöver ... inte dit jag ska',
        // Not needing one's things "where I am going": the "not" is part of the message, not a denial.
        'där jag ska', 'dit jag ska', 'behöver inget där jag ska', 'behöver inget dit jag ska', 'behöver ingenting där jag ska',
        'behöver ingenting dit jag ska'],
      nb: ['ikke trenge', 'ikke trenger', 'ikke ... trenge', 'ikke ... trenger', 'testament', 'testamente', 'testamentet', 'orden på alt', 'alt på plass',
        'ordna alt', 'ordnet alt', 'ordna testamente', 'brev til', 'trenger ... ikke der jeg skal', 'trenger ... ikke dit jeg skal',
        'der jeg skal', 'dit jeg skal', 'trenger ingenting der jeg skal', 'trenger ingenting dit jeg skal', 'trenger ikke noe der jeg skal'],
    },
    // A funeral arranged for oneself, with a will: preparations the screening guidance names.
    funeral: {
      en: ['funeral director', 'funeral directors', 'undertaker', 'undertakers', 'paid for my funeral', 'planned my funeral'],
      sv: ['begravningsbyrå', 'begravningsbyrån', 'planerat min begravning', 'betalat min begravning'],
      nb: ['begravelsesbyrå', 'begravelsesbyrået', 'planlagt begravelsen min', 'betalt begravelsen min'],
    },
    prepare: {
      en: ['tied', 'tie', 'put up', 'hung', 'set up', 'attached', 'knotted', 'in my hand', 'lined up', 'counted out',
        'counting', 'laid out', 'in his lap', 'in her lap', 'in my lap', 'got out', 'taken out', 'picked out', 'put out', 'chosen', 'chose'],
      sv: ['knöt', 'knutit', 'knutat', 'knuten', 'satte upp', 'hängde upp', 'i handen', 'räknade', 'lade fram', 'radat upp', 'i knät', 'lagt fram', 'tagit fram',
        'valt ut', 'plockat fram', 'lagt i ordning', 'valt', 'valde'],
      nb: ['knøt', 'knyttet', 'satte opp', 'hengte opp', 'i hånda', 'i hånden', 'telte', 'la fram', 'i fanget', 'lagt fram', 'lagt frem', 'tatt fram', 'tatt frem',
        'valgt ut', 'funnet fram', 'lagt klar', 'lagt klart', 'valgt', 'valgte'],
    },
    foundWith: {
      en: ['found with', 'found him with', 'found her with', 'found holding', 'caught with', 'found me', 'walked in on me'],
      sv: ['hittad med', 'hittades med', 'hittats med', 'hittade honom med', 'hittade henne med', 'hittade mig'],
      nb: ['funnet med', 'ble funnet med', 'fant ham med', 'fant henne med', 'fant meg'],
    },
    ligature: {
      en: ['belt', 'rope', 'cord', 'scarf', 'cable', 'tie', 'dressing gown cord', 'noose', 'ligature', 'lead'],
      sv: ['bälte', 'bältet', 'rep', 'repet', 'snöre', 'halsduk', 'sladd', 'slips', 'snara'],
      nb: ['belte', 'beltet', 'tau', 'tauet', 'snor', 'skjerf', 'ledning', 'slips', 'løkke'],
    },
    aroundNeck: {
      en: ['round his neck', 'around his neck', 'round her neck', 'around her neck', 'round my neck', 'around my neck'],
      sv: ['runt halsen', 'om halsen', 'kring halsen'],
      nb: ['rundt halsen', 'om halsen'],
    },
    fumes: {
      en: ['engine running', 'engine on', 'exhaust', 'hosepipe', 'hose', 'charcoal', 'disposable barbecue', 'charcoal grill'],
      sv: ['motorn igång', 'motorn på', 'avgaser', 'avgasröret', 'slang', 'grillkol', 'engångsgrill', 'kolgrill', 'grillkol', 'kol'],
      nb: ['motoren i gang', 'motoren på', 'eksos', 'eksosrøret', 'slange', 'grillkull', 'engangsgrill', 'kullgrill', 'grillkull', 'kull'],
    },
    enclosed: {
      en: ['garage', 'in the car', 'sealed', 'taped', 'closed room', 'tent'],
      sv: ['garaget', 'i bilen', 'tätade', 'tejpade', 'stängt rum', 'tältet'],
      nb: ['garasjen', 'i bilen', 'tettet', 'teipet', 'lukket rom', 'teltet'],
    },
    deliberate: {
      en: ['on purpose', 'deliberately', 'intentionally', 'meant to', 'to end it', 'to die', 'to not wake up'],
      sv: ['med flit', 'med avsikt', 'medvetet', 'avsiktligt', 'för att dö', 'för att slippa vakna'],
      nb: ['med vilje', 'med hensikt', 'bevisst', 'med overlegg', 'for å dø', 'for å slippe å våkne'],
    },
    // An admission to a ward after an attempt ("innlagt etter et forsøk"): the attempt as a noun.
    attemptNoun: {
      en: ['an attempt', 'attempts', 'the attempt', 'my attempt', 'her attempt', 'his attempt', 'last attempt'],
      sv: ['ett försök', 'försöket', 'försöken', 'mitt försök', 'hennes försök', 'hans försök', 'senaste försöket'],
      nb: ['et forsøk', 'forsøket', 'forsøkene', 'mitt forsøk', 'hennes forsøk', 'hans forsøk', 'siste forsøket'],
    },
    admitted: {
      en: ['admitted', 'sectioned', 'inpatient', 'psych ward', 'on a ward', 'in psych', 'psychiatric ward', 'psych unit', 'mental health unit', 'discharged'],
      sv: ['inlagd', 'inlagt', 'lades in', 'lagts in', 'tvångsvård', 'tvångsvårdad', 'psykakuten', 'avdelning', 'låg inne', 'på psyk', 'psyket', 'psykiatrin', 'psykiatrisk avdelning', 'utskriven', 'skrevs ut'],
      nb: ['innlagt', 'lagt inn', 'ble lagt inn', 'tvangsinnlagt', 'akuttpsykiatrisk', 'avdeling', 'lå inne', 'på psyk', 'psykiatrisk', 'psykiatrien', 'dps', 'utskrevet', 'skrevet ut'],
    },
    attempt: {
      en: ['tried', 'attempted', 'attempt', 'took', 'ended up in', 'stomach pumped', 'rushed in'],
      sv: ['försökte', 'försökt', 'försök', 'tog', 'hamnade på', 'magpumpad', 'magpumpade'],
      nb: ['prøvde', 'prøvd', 'forsøkte', 'forsøk', 'tok', 'havnet på', 'våkna på', 'våknet på', 'pumpet magen'],
    },
    // A hospital is where an attempt may end, and where people die of illness: never with a death word alone.
    hospital: {
      en: ['a&e', 'hospital'],
      sv: ['akuten', 'sjukhuset'],
      nb: ['legevakten', 'legevakta', 'sykehuset'],
    },
    edge: {
      en: ['on the edge', 'at the edge', 'over the edge', 'on the railing', 'over the railing', 'on the ledge', 'on the parapet'],
      sv: ['på kanten', 'vid kanten', 'över kanten', 'på räcket', 'över räcket', 'på broräcket'],
      nb: ['på kanten', 'ved kanten', 'over kanten', 'på rekkverket', 'over rekkverket', 'på brurekkverket'],
    },
    imagine: {
      en: ['picture', 'picturing', 'imagine', 'imagining', 'planning', 'planned'],
      sv: ['framför mig', 'föreställer mig', 'planerar', 'planerat', 'tänker på'],
      nb: ['for meg', 'forestiller meg', 'planlegger', 'planlagt', 'tenker på'],
    },
    // The clothes one wants to be buried in, laid out or picked out (with `prepare` and `clothes`): a wish for one's own
    // burial alone ("I want to be buried in Skåne", "har valt ut psalmerna") is a plan older clients talk of calmly.
    clothes: {
      en: ['clothes', 'outfit', 'dress', 'suit', 'shirt', 'skirt', 'jumper', 'shoes'],
      sv: ['kläder', 'kläderna', 'klänning', 'klänningen', 'kostym', 'kostymen', 'skjorta', 'skjortan', 'kjol', 'kjolen', 'tröja', 'tröjan', 'skor', 'skorna'],
      nb: ['klær', 'klærne', 'kjole', 'kjolen', 'dress', 'dressen', 'skjorte', 'skjorta', 'skjorten', 'skjørt', 'skjørtet', 'genser', 'genseren', 'sko', 'skoene'],
    },
    burialClothes: {
      en: ['i want to be buried in', 'i wanna be buried in', 'to be buried in', 'i want to wear in my coffin', 'to wear in my coffin'],
      sv: ['vill bli begravd i', 'vill begravas i', 'ska begravas i', 'ska bli begravd i', 'vill ha på mig i kistan', 'ha på mig i kistan', 'begravas i'],
      nb: ['vil bli begravet i', 'vil bli begravd i', 'skal begraves i', 'skal bli begravet i', 'vil ha på meg i kista', 'ha på meg i kista'],
    },
    ownFuneral: {
      en: ['my funeral', 'my own funeral', 'my grave', 'my own grave', 'my headstone'],
      sv: ['min begravning', 'min egen begravning', 'min grav', 'min egen grav'],
      nb: ['min begravelse', 'min egen begravelse', 'min gravferd', 'min egen gravferd', 'min grav', 'min egen grav'],
    },
    // Freeing the family from worrying about one for good ("you won't need to worry about me anymore"): good news as
    // often as a farewell, so only with letters to the family or a goodbye.
    noWorry: {
      en: ['worry about me anymore', 'worry about me much longer', 'worry about me for much longer', 'deal with me anymore',
        'look after me anymore', 'not ... worry about me anymore', 'not ... worry about me much longer', 'not ... deal with me anymore',
        'not ... look after me anymore'],
      sv: ['oroa er för mig längre', 'oroa dig för mig längre', 'oroa sig för mig längre', 'ta hand om mig längre'],
      nb: ['bekymre dere for meg lenger', 'bekymre deg for meg lenger', 'bekymre seg for meg lenger', 'ta vare på meg lenger'],
    },
    // Who a letter is written to: "letters to the kids", "ett brev till lillebrorsan".
    recipient: {
      en: ['to the kids', 'to my kids', 'to ... kids', 'to the children', 'to ... children', 'to ... daughters', 'to ... daughter',
        'to ... sons', 'to ... son', 'to ... family', 'to ... mum', 'to ... mom', 'to ... dad', 'to ... brother', 'to ... sister',
        'to ... wife', 'to ... husband', 'to ... partner', 'to ... parents', 'for ... son', 'for ... daughter', 'for ... kids',
        'for ... children', 'for ... family', 'for ... mum', 'for ... parents'],
      sv: ['till barnen', 'till ... barnen', 'till ... barn', 'till ... dottern', 'till ... döttrarna', 'till ... sonen', 'till ... söner',
        'till ... familjen', 'till ... mamma', 'till ... pappa', 'till ... bror', 'till ... brorsan', 'till lillebror', 'till lillebrorsan',
        'till ... syster', 'till ... systern', 'till lillasyster', 'till ... frun', 'till ... mannen', 'till ... föräldrarna'],
      nb: ['til barna', 'til ... barna', 'til ... ungene', 'til ... dattera', 'til ... datteren', 'til ... døtrene', 'til ... sønnen',
        'til ... sønnene', 'til ... familien', 'til ... mamma', 'til ... pappa', 'til ... bror', 'til ... broren', 'til lillebror',
        'til ... søster', 'til ... søstera', 'til lillesøster', 'til ... kona', 'til ... mannen', 'til ... foreldrene'],
    },
    // A cut to the wrists said with its aim ("for å dø"): an attempt, not only self-harm.
    wrists: {
      en: ['cut ... wrists', 'cut ... wrist', 'slit ... wrists', 'slit ... wrist', 'slashed ... wrists', 'cutting ... wrists'],
      sv: ['skar ... handlederna', 'skurit ... handlederna', 'skär ... handlederna', 'skära ... handlederna', 'skar ... handleden',
        'skurit ... handleden'],
      nb: ['kuttet ... håndleddene', 'kutta ... håndleddene', 'kutter ... håndleddene', 'kutte ... håndleddene', 'skar ... håndleddene',
        'kuttet ... håndleddet', 'kutta ... håndleddet', 'skar ... håndleddet'],
    },
    // A near end announced to others: "you'll be rid of me soon", "soon it will all be over for me".
    riddance: {
      en: ['rid of me', 'shot of me', 'free of me', 'see the back of me', 'put up with me', 'have me around'],
      sv: ['av med mig', 'kvitt mig', 'slipper mig', 'slippa mig', 'stå ut med mig', 'ha mig här'],
      nb: ['kvitt meg', 'av med meg', 'slipper meg', 'slippe meg', 'holde ut med meg', 'ha meg her'],
    },
    allOver: {
      en: ['all be over', 'all over for me', 'be over for me', 'all over with me'],
      sv: ['allt över', 'allt är över', 'allt vara över', 'över för mig'],
      nb: ['alt over', 'alt er over', 'alt være over', 'over for meg'],
    },
    soon: {
      en: ['soon', 'before long', 'much longer', 'for long', 'not long now'],
      sv: ['snart', 'inom kort', 'länge till', 'så länge till'],
      nb: ['snart', 'om kort tid', 'lenge til', 'så lenge til'],
    },
    // Not wanting to see the next day, often said as a prayer: "I pray not to see the morning", "God, take me".
    pray: {
      en: ['pray', 'prays', 'praying', 'prayed', 'ask god', 'asks god', 'asking god', 'beg god', 'begs god'],
      sv: ['ber', 'bad', 'ber till gud', 'ber gud', 'bönfaller'],
      nb: ['ber', 'ba', 'ber til gud', 'ber gud', 'trygler'],
    },
    notSee: {
      en: ['not see', 'never see', 'not ... see', 'never ... see', 'not to see', 'not have to see'],
      sv: ['inte se', 'inte ... se', 'aldrig se', 'aldrig ... se', 'slippa se', 'slipper se'],
      nb: ['ikke se', 'ikke ... se', 'ikkje ... sjå', 'aldri se', 'aldri ... se', 'slippe å se', 'slipper å se'],
    },
    nextDay: {
      en: ['another morning', 'the morning', 'tomorrow', 'another day', 'the next day', 'the next morning'],
      sv: ['en ny morgon', 'morgonen', 'morgondagen', 'en ny dag', 'nästa dag', 'nästa morgon'],
      nb: ['en ny morgen', 'morgenen', 'morgendagen', 'en ny dag', 'neste dag', 'neste morgen'],
    },
    godTake: {
      en: ['god ... take me', 'lord ... take me', 'god take me', 'lord take me'],
      sv: ['gud ... ta mig', 'gud ... tar mig', 'herren ... ta mig'],
      nb: ['gud ... ta meg', 'gud ... tar meg', 'herren ... ta meg'],
    },

    // Possessions given away (not sold: selling is how many clients make ends meet) and affairs wound up: cancelled
    // contracts, the flat tidied or given up, money sent, "so nobody has to deal with it" (warning signs of preparation).
    gifted: {
      en: ['given away', 'give away', 'gave away', 'giving away', 'given his', 'given her', 'given my', 'gave his', 'gave her',
        'gave my', 'rehomed', 'rehome', 'give ... away', 'giving ... away', 'gave ... away', 'given ... away'],
      sv: ['gett bort', 'gav bort', 'ger bort', 'ge bort', 'ge ... bort', 'ger ... bort', 'gav ... bort', 'gett ... bort', 'skänkt', 'skänkte',
        'delat ut'],
      nb: ['gitt bort', 'ga bort', 'gir bort', 'gi bort', 'gi ... bort', 'gir ... bort', 'ga ... bort', 'gitt ... bort', 'gitt vekk', 'ga vekk',
        'gi vekk'],
    },
windingUp: {
      en: ['given up ... flat', 'given notice on ... flat', 'so nobody has to', 'so no one has to', 'so nobody will have to',
        'so no one will have to', 'nobody has to deal with', 'sorting things so', 'cleared out ... flat', 'sent money to',
        'tied up loose ends', 'given ... passwords', 'gave ... passwords', 'everything is sorted for', 'all sorted for after', 'tidying up my affairs'],
      sv: ['sagt upp lägenheten', 'sade upp lägenheten', 'sa upp lägenheten', 'städar undan', 'städat undan', 'röjt ... lägenheten',
        'så ingen ska behöva', 'så att ingen ska behöva', 'så ingen behöver', 'skickat pengar till', 'skickade pengar till',
        'gett ... lösenord*', 'gav ... lösenord*', 'allt är ordnat', 'ordnat efter mig'],
      nb: ['sagt opp leiligheten', 'sa opp leiligheten', 'ryddet leiligheten', 'rydda leiligheten', 'ryddet ... leiligheten',
        'så ingen skal måtte', 'så ingen trenger', 'så ingen skal trenge', 'sendt penger til', 'sendte penger til', 'gitt ... passord*',
        'ga ... passord*', 'alt er ordnet', 'ordnet etter'],
    },
    // Contracts and subscriptions cancelled: also how many make ends meet, so only with the flat or affairs wound up.
    cancelled: {
      en: ['cancelled ... phone', 'cancelled ... contract', 'cancelled ... contracts', 'cancelled ... subscriptions', 'cancelled ... tenancy'],
      sv: ['sagt upp ... abonnemang*', 'sagt upp ... kontrakt*', 'avslutat ... abonnemang*'],
      nb: ['sagt opp ... abonnement*', 'sagt opp ... kontrakt*'],
    },
    will: {
      en: ['a will', 'my will', 'his will', 'her will', 'written a will', 'wrote a will', 'made a will'],
      sv: ['testamente', 'testamentet', 'skrivit testamente'],
      nb: ['testament', 'testamente', 'testamentet', 'skrevet testament*'],
    },
    // Paying for a funeral, asked about with letters to one's children.
    funeralCost: {
      en: ['pay for a funeral', 'pay for the funeral', 'pay for my funeral', 'funeral costs', 'funeral payment', 'funeral grant',
        'cover a funeral', 'cover the funeral'],
      sv: ['betala begravning*', 'begravningskostnad*', 'begravningshjälp', 'står för begravning*', 'täcker begravning*'],
      nb: ['gravferd', 'gravferden', 'gravferdsstønad', 'betale begravelse*', 'dekker begravelse*', 'begravelseshjelp'],
    },
    // A note left, then going missing or being found by the police.
    leftNote: {
      en: ['left a note', 'left a letter', 'left notes', 'left ... note', 'leaving a note'],
      sv: ['lämnat en lapp', 'lämnade en lapp', 'lämnat ett brev', 'lämnade ett brev', 'lämnat ... lapp', 'lämnade ... lapp'],
      nb: ['lagt igjen lapp', 'lagt igjen en lapp', 'la igjen en lapp', 'la igjen lapp', 'lagt igjen ... brev', 'la igjen ... brev',
        'lagt igjen ... lapp'],
    },
wentMissing: {
      en: ['reported missing', 'was missing overnight', 'went missing overnight', 'found by the police', 'found by police', 'police found',
        'search party', 'police were looking for', 'walked out into'],
      sv: ['anmäld försvunnen', 'anmälts försvunnen', 'efterlyst', 'hittad av polisen', 'hittades av polisen', 'polisen hittade',
        'polisen letade', 'gick ut i skogen', 'gått ut i skogen'],
      nb: ['meldt savnet', 'etterlyst', 'funnet av politiet', 'ble funnet av politiet', 'politiet fant', 'politiet lette', 'gått ut i skogen',
        'gikk ut i skogen'],
    },
    // A means kept "in case" or "for when" it all gets too much: a plan held in reserve. Not medicines: they are kept
    // "for when the pain gets too much" (a stockpile of them is read by `stockpile`).
    keptMeans: {
      en: ['rope', 'noose', 'ligature', 'gun', 'shotgun', 'rifle', 'firearm', 'pistol', 'charcoal'],
      sv: ['rep', 'snara', 'vapen', 'pistol', 'gevär', 'hagelgevär', 'grillkol', 'kol', 'jaktgevär*', 'hagelbössa*'],
      nb: ['tau', 'løkke', 'våpen', 'pistol', 'gevær', 'haglgevær', 'hagle', 'grillkull', 'kull', 'hagla', 'jaktgevær*', 'haglgevær*'],
    },
    tooHeavy: {
      en: ['gets too much', 'get too much', 'becomes too much', 'gets too hard', 'too heavy', 'runs out', 'run out', 'can not cope',
        'can not take it'],
      sv: ['blir för tungt', 'blir för mycket', 'blir för jobbigt', 'blir för svårt', 'tar slut', 'inte orkar', 'inte pallar'],
      nb: ['blir for tungt', 'blir for mye', 'blir for tøft', 'blir for vanskelig', 'tar slutt', 'ikke orker', 'ikke orke'],
    },
    // Checking whether a height is high (or water deep) enough.
    highEnough: {
      en: ['high enough', 'tall enough', 'deep enough', 'far enough down'],
      sv: ['högt nog', 'hög nog', 'tillräckligt högt', 'djupt nog', 'tillräckligt djupt'],
      nb: ['høyt nok', 'høy nok', 'dypt nok', 'høyt nok til'],
    },
    // How high one would have to jump from: with a jump only ("hur högt man måste hoppa"), never with a place
    // alone ("went up to the viewpoint to see how high it was").
    howHigh: {
      en: ['how high'],
      sv: ['hur högt'],
      nb: ['hvor høyt'],
    },
    // A tried attempt named by its method ("tidl. forsøk med hengning"); "took" stays out ("took her tablets").
    tried: {
      en: ['tried', 'attempted', 'attempt', 'attempts'],
      sv: ['försökte', 'försökt', 'försök', 'försöket'],
      nb: ['prøvde', 'prøvd', 'forsøkte', 'forsøkt', 'forsøk', 'forsøket'],
    },
    methodNoun: {
      en: ['by hanging', 'by drowning', 'by jumping', 'by overdose', 'with pills', 'with tablets', 'with a rope'],
      sv: ['hängning', 'dränkning', 'genom att hänga', 'genom att hoppa', 'med tabletter', 'med piller', 'med rep'],
      nb: ['hengning', 'henging', 'drukning', 'ved å henge', 'ved å hoppe', 'med tabletter', 'med piller', 'med tau'],
    },
    // A wish for a fatal illness to end things: "wish I'd get cancer so it would be over".
    fatalIllness: {
      en: ['get cancer', 'got cancer', 'had cancer', 'a heart attack', 'a stroke', 'something terminal'],
      sv: ['få cancer', 'fick cancer', 'hade cancer', 'en hjärtinfarkt', 'en stroke', 'något dödligt'],
      nb: ['få kreft', 'fikk kreft', 'hadde kreft', 'et hjerteinfarkt', 'hjerteinfarkt', 'hjerneslag', 'noe dødelig'],
    },
    ending: {
      en: ['be over', 'would end', 'it ends', 'an end', 'to end'],
      sv: ['ta slut', 'bli slut', 'blev slut', 'blir slut', 'vara över', 'få ett slut', 'ett slut'],
      nb: ['ta slutt', 'bli slutt', 'ble slutt', 'blir slutt', 'være over', 'få en slutt', 'en slutt', 'slutt på'],
    },
    // The whole of it said to be pointless: "not worth it. any of it", nb "ikke verdt det. Hele greia."
    totality: {
      en: ['any of it', 'all of it', 'none of it', 'the whole thing', 'all this', 'nothing', 'anything anymore', 'in anything', 'to anything'],
      sv: ['ingenting', 'inget', 'alltihop', 'hela grejen', 'något av det', 'med någonting', 'med något längre', 'med nånting', 'någonting längre'],
      nb: ['ingenting', 'hele greia', 'hele greiene', 'alt sammen', 'noe av det', 'med noe lenger', 'med noe som helst', 'med noenting', 'noe lenger'],
    },
    // …said of now: "not worth it anymore, any of it" ("not worth it, any of it, the council never answers" is a complaint).
    anymore: {
      en: ['anymore', 'any more', 'any longer', 'no more', 'no longer'],
      sv: ['längre', 'inte mer', 'mer'],
      nb: ['lenger', 'lengre', 'ikke mer', 'mer'],
    },
    // Not counting on being alive or around at a time to come: "I don't expect to be here then".
    notExpect: {
      en: ['do not expect to', 'not expecting to', 'not planning on being', 'do not plan on being', 'doubt i will be', 'doubt i will still be'],
      sv: ['räknar inte med att', 'räknar inte med', 'tror inte att jag kommer', 'tror inte jag kommer'],
      nb: ['regner ikke med å', 'regner ikke med', 'tror ikke jeg kommer til å', 'tror ikke at jeg kommer til å'],
    },
    // "…be here then": a point in time, not how long ("not expecting to be here long" is said of a job).
    thenPoint: {
      en: ['then', 'by then', 'by that time', 'at that point'],
      sv: ['då', 'till dess', 'vid det laget'],
      nb: ['da', 'til da', 'innen da', 'på det tidspunktet'],
    },
    beHere: {
      en: ['be here', 'be around', 'be alive', 'still be here', 'still be around', 'still be alive', 'live'],
      sv: ['vara här', 'vara kvar', 'vara i livet', 'vara vid liv', 'finnas kvar', 'leva'],
      nb: ['være her', 'være i live', 'være igjen', 'leve', 'finnes'],
    },
    // Only counts of tablets, for a count told in a sentence of its own before the medicine ("Tok 20 stk. Paralgin…").
    tabletCount: {
      en: counted(['tablets', 'pills', 'of them']),
      sv: counted(['tabletter', 'piller', 'st', 'stycken']),
      nb: counted(['tabletter', 'piller', 'stk', 'stykker']),
    },
    // Going up to a height, read only with checking that it is high enough (a roof is also fixed, a view enjoyed).
    wentUp: {
      en: ['went up to', 'drove up to', 'climbed up to', 'went up on', 'climbed up on', 'went to the top of', 'walked up to'],
      sv: ['gick upp på', 'gick upp till', 'körde upp till', 'åkte upp till', 'klättrade upp på', 'tog mig upp på'],
      nb: ['gikk opp på', 'gikk opp til', 'kjørte opp til', 'dro opp til', 'klatret opp på', 'tok meg opp på'],
    },
    // Escaping all of it, said after not coping: "slippe alt", "get out of it all".
    escapeAll: {
      en: ['escape it all', 'escape everything', 'get out of it all', 'out of it all', 'away from it all for good'],
      sv: ['slippa allt', 'slippa alltihop', 'slippa undan allt', 'komma undan allt'],
      nb: ['slippe alt', 'slippe alt sammen', 'slippe unna alt', 'komme unna alt'],
    },
    // Fumes from a grill sealed in with tape: "bought a charcoal grill and tape".
    sealTape: {
      en: ['tape', 'duct tape', 'gaffer tape', 'masking tape'],
      sv: ['tejp', 'silvertejp', 'gaffatejp', 'maskeringstejp'],
      nb: ['tape', 'teip', 'gaffateip', 'sølvteip'],
    },
    // Who will look after a pet or a child "afterwards" or "if something happens to me" (not "in case I am admitted").
    ifSomethingHappens: {
      en: ['if anything happens to me', 'if something happens to me', 'if anything should happen to me', 'if something should happen to me'],
      sv: ['om något händer mig', 'om det händer mig något', 'om något skulle hända mig', 'om det skulle hända mig något'],
      nb: ['hvis noe skjer meg', 'hvis noe skjer med meg', 'om noe skjer meg', 'om noe skjer med meg', 'hvis det skjer meg noe'],
    },
    petCare: {
      en: ['take the cat', 'take the dog', 'have the cat', 'have the dog', 'look after the cat', 'look after the dog', 'look after my cat',
        'look after my dog', 'look after the kids', 'have the kids'],
      sv: ['ta hand om katten', 'ta hand om hunden', 'ta katten', 'ta hunden', 'ta hand om barnen', 'ta över katten', 'ta över hunden'],
      nb: ['ta seg av katten', 'ta seg av hunden', 'ta katten', 'ta hunden', 'passe på katten', 'passe på hunden', 'ta seg av barna',
        'overta katten', 'overta hunden'],
    },
    // Being with a dead parent or partner, told near their death: "wants to go and be with mum".
    beWithLost: {
      en: ['be with mum', 'be with mom', 'be with dad', 'be with my mum', 'be with my dad', 'be with her mum', 'be with his mum',
        'be with her dad', 'be with his dad', 'be with my husband', 'be with my wife', 'be with her husband', 'be with his wife',
        'be with my son', 'be with my daughter'],
      sv: ['vara med mamma', 'vara med pappa', 'vara hos mamma', 'vara hos pappa', 'komma till mamma', 'komma till pappa',
        'vara hos min man', 'vara hos min fru', 'vara med min man', 'vara med min fru'],
      nb: ['være med mamma', 'være med pappa', 'være hos mamma', 'være hos pappa', 'komme til mamma', 'komme til pappa',
        'være hos mannen min', 'være hos kona mi', 'være med mannen min', 'være med kona mi'],
    },
    // Looking up a quick or painless way: "kollat på hur man gör för att det ska gå snabbt".
    research: {
      en: ['looked up how', 'looking up how', 'googled how', 'searched how', 'read up on how', 'looked into how', 'looked at how', 'read up on how much', 'looked up how much', 'read about how much', 'read a bit about how much'],
      sv: ['kollat på hur', 'kollat upp hur', 'kollade på hur', 'googlat hur', 'googlade hur', 'sökt på hur', 'läst om hur', 'läst på om hur', 'googlat hur man gör', 'läst om hur mycket', 'läst lite om hur mycket', 'kollat hur mycket'],
      nb: ['sjekket hvordan', 'sjekka hvordan', 'googlet hvordan', 'googla hvordan', 'søkt på hvordan', 'lest om hvordan', 'lest meg opp på hvordan', 'lest om hvor mye', 'lest litt om hvor mye', 'sjekket hvor mye', 'googlet hvor mye'],
    },
    quickWay: {
      en: ['go quickly', 'be quick', 'be over quickly', 'be fast'],
      sv: ['gå snabbt', 'gå fort', 'vara över fort'],
      nb: ['gå fort', 'gå raskt', 'være over fort'],
    },
    // …or a painless one, which needs no other word.
painless: {
      en: ['quick and painless', 'painless way', 'a painless way', 'painlessly', 'painless death', 'so it does not hurt', 'so that it does not hurt', 'without it hurting', 'so it would not hurt'],
      sv: ['snabbt och smärtfritt', 'smärtfritt sätt', 'ett smärtfritt sätt', 'smärtfri död', 'så det inte gör ont', 'så att det inte gör ont', 'utan att det gör ont', 'så det inte skulle göra ont'],
      nb: ['fort og smertefritt', 'smertefri måte', 'en smertefri måte', 'smertefri død', 'så det ikke gjør vondt', 'så det ikke skal gjøre vondt', 'uten at det gjør vondt', 'så det ikke ville gjøre vondt'],
    },
    // A count of tablets said as a number before the medicine's name ("tatt over 40 Paracet").
    bareCount: { en: MANY.map(String), sv: MANY.map(String), nb: MANY.map(String) },
    // …or "over 40", "mer enn 30": no dose is said so.
    overCount: {
      en: MANY.flatMap((n) => [`over ${n}`, `more than ${n}`, `upwards of ${n}`]),
      sv: MANY.flatMap((n) => [`över ${n}`, `mer än ${n}`, `uppemot ${n}`]),
      nb: MANY.flatMap((n) => [`over ${n}`, `mer enn ${n}`, `opp mot ${n}`]),
    },
    // Peace made and goodbyes said; thinking how easy it would be, said of a height (of pills, it is also said of a delivery).
    peaceMade: {
      en: ['made my peace', 'made her peace', 'made his peace', 'at peace with it', 'at peace with my decision'],
      sv: ['slutit fred', 'sluten fred', 'fått frid', 'försonat mig med'],
      nb: ['sluttet fred', 'funnet fred med det', 'forsonet meg med'],
    },
    howEasy: {
      en: ['thinking how easy', 'think how easy', 'thought how easy', 'thinking about how easy', 'thinking how quick', 'thought how quick'],
      sv: ['tänker på hur lätt', 'tänkt på hur lätt', 'tänker att det vore lätt', 'tänker hur enkelt', 'tänkt hur enkelt'],
      nb: ['tenker på hvor lett', 'tenkt på hvor lett', 'tenker at det hadde vært lett', 'tenker hvor enkelt', 'tenkt hvor enkelt'],
    },

    // Older clients' and believers' words for a wish to die (round 3, writer sets T and X read as dev data): being
    // "ready to go", going "home to the Lord", a life that "has had a good innings"; each with a second sign.
    readyToGo: {
      en: ['ready to go', 'ready to leave this world', 'ready for the end', 'ready to be taken', 'ready to meet my maker'],
      sv: ['redo att gå', 'redo att dö', 'redo att lämna', 'beredd att gå', 'beredd att dö', 'färdig att gå'],
      nb: ['klar for å gå', 'klar til å gå', 'klar for å dø', 'klar til å dø', 'rede til å gå', 'rede til å dø', 'ferdig til å gå'],
    },
    godHome: {
      en: ['home to the lord', 'home to jesus', 'home to god', 'with the lord', 'with jesus', 'meet my maker', 'meet her maker',
        'meet his maker', 'go to heaven', 'up to heaven', 'to heaven'],
      sv: ['hem till gud', 'hem till jesus', 'hem till herren', 'till himlen', 'hos gud', 'hos jesus', 'hos herren', 'möta min skapare'],
      nb: ['hjem til jesus', 'hjem til gud', 'hjem til herren', 'til himmelen', 'hos gud', 'hos jesus', 'hos herren', 'møte min skaper'],
    },
    // Only waiting now, said after a death in the family or with food given up (older clients: "I'm just waiting now").
    waitingNow: {
      en: ['just waiting now', 'only waiting now', 'just waiting to go', 'waiting for the end', 'waiting to be taken', 'just waiting for my turn'],
      sv: ['väntar bara nu', 'bara väntar nu', 'väntar bara på att få gå', 'väntar på slutet', 'väntar på min tur'],
      nb: ['venter bare nå', 'bare venter nå', 'venter bare på å få gå', 'venter på slutten', 'venter på min tur'],
    },
    stoppedEating: {
      en: ['stopped eating', 'not eating', 'refuses food', 'refusing food', 'gave up eating'],
      sv: ['slutat äta', 'slutade äta', 'äter inte', 'vägrar äta'],
      nb: ['sluttet å spise', 'slutta å spise', 'spiser ikke', 'nekter å spise'],
    },
    funeralOf: {
      en: ['funeral', 'passed away', 'died', 'lost her husband', 'lost his wife', 'widow', 'widower'],
      sv: ['begravning*', 'gick bort', 'dog', 'blev änka', 'blev änkling', 'änka', 'änkling'],
      nb: ['begravelse*', 'gikk bort', 'døde', 'ble enke', 'ble enkemann', 'enke', 'enkemann'],
    },
    // Longing to go there (not the broad `wish`, whose "savne meg" is also "we miss her").
    longFor: {
      en: ['want to go', 'wants to go', 'wish', 'long to', 'longing to', 'longs to', 'pray', 'prays', 'ready'],
      sv: ['vill', 'längtar', 'önskar', 'ber'],
      nb: ['vil', 'lengter', 'ønsker', 'ber'],
    },
    lifeDone: {
      en: ['had a good innings', 'had a good run', 'had my time', 'my time has come', 'my time is up', 'had a long life',
        'had a good life', 'lived my life'],
      sv: ['haft ett långt liv', 'haft ett bra liv', 'haft ett gott liv', 'min tid är ute', 'min tid är kommen', 'levt mitt liv'],
      nb: ['hatt et langt liv', 'hatt et godt liv', 'min tid er ute', 'min tid er kommet', 'levd livet mitt', 'levd mitt liv'],
    },
    // Affairs said to be put in order, with letters to one's family (not `affairsInOrder`'s "letter to", "will not need").
    affairsSorted: {
      en: ['affairs in order', 'sorted everything out', 'tied up loose ends', 'put everything in order', 'got everything in order'],
      sv: ['ordning på allt', 'ordnat allt', 'ordnar allt', 'allt på plats', 'ordnat upp allt', 'ordnar upp allt'],
      nb: ['orden på alt', 'ordnet alt', 'ordna alt', 'ordner alt', 'alt på plass', 'ordnet opp i alt'],
    },
    // Dividing one's belongings: "has written down which of the children gets what", "sorted who's having the dog".
    whoGetsWhat: {
      en: ['who gets what', 'who is having the', 'who is to have', 'who should have what', 'who will have the', 'who will get the'],
      sv: ['vem som ska ha vad', 'vem ... som ska ha vad', 'vem som får vad', 'vem som ska få vad', 'vem som ska ta hand om'],
      nb: ['hvem som skal ha hva', 'hvem ... som skal ha hva', 'hvem som får hva', 'hvem som skal få hva', 'hvem som skal ta over'],
    },
    // Not needing to bother about one "after Christmas", "soon": said of a time to come, unlike the good news of `noWorry`.
    worryMe: {
      en: ['not have to worry about me', 'not need to worry about me', 'not ... worry about me after', 'not ... bother about me after',
        'not have to bother about me', 'not have to bother with me'],
      sv: ['behöver inte oroa er för mig', 'behöver inte bry er om mig', 'slipper oroa er för mig', 'slipper bry er om mig',
        'behöver inte oroa dig för mig', 'behöver inte bry dig om mig', 'slipper bry dig om mig', 'slipper oroa dig för mig'],
      nb: ['trenger ikke bry dere med meg', 'trenger ikke bry dere om meg', 'trenger ikke bekymre dere for meg', 'slipper å bry dere om meg',
        'slipper å bry dere med meg', 'slipper å bekymre dere for meg', 'trenger ikke bry deg om meg', 'slipper å bry deg om meg',
        'trenger ikke bekymre deg for meg'],
    },
    // Water and ice one walks or drives out onto; a height or water asked about; lingering there; not coming back.
    water: {
      en: ['the ice', 'onto the ice', 'the lake', 'the weir', 'the dam', 'the quay', 'the harbour', 'the pier', 'the jetty', 'the sea',
        'the river', 'the fjord', 'the reservoir', 'the canal'],
      sv: ['isen', 'sjön', 'dammen', 'kajen', 'bryggan', 'piren', 'havet', 'älven', 'ån', 'fjorden', 'kanalen', 'forsen'],
      nb: ['isen', 'vannet', 'demningen', 'dammen', 'kaia', 'kaien', 'brygga', 'bryggen', 'moloen', 'havet', 'sjøen', 'elva', 'fjorden',
        'fossen'],
    },
    notReturn: {
      en: ['not come back', 'never come back', 'not coming back', 'never coming back', 'not come home', 'never come home',
        'not ... come back', 'not ... come home'],
      sv: ['inte komma tillbaka', 'aldrig komma tillbaka', 'inte komma hem', 'aldrig komma hem', 'inte ... komma tillbaka',
        'inte ... komma hem'],
      nb: ['ikke komme tilbake', 'aldri komme tilbake', 'ikke komme hjem', 'aldri komme hjem', 'ikke ... komme tilbake',
        'ikke ... komme hjem'],
    },
    askHow: {
      en: ['how deep', 'how high', 'how tall', 'how far down', 'whether ... is deep', 'if ... is deep', 'whether ... is high'],
      sv: ['hur djupt', 'hur högt', 'hur djup', 'hur hög', 'hur långt ner'],
      nb: ['hvor dypt', 'hvor høyt', 'hvor dyp', 'hvor høy', 'hvor langt ned'],
    },
    lingered: {
      en: ['stood there for', 'stood there a long time', 'stood for ages', 'stood there for ages', 'sat there for hours', 'stood for hours',
        'stood there for hours', 'stood at the railing', 'stood by the railing'],
      sv: ['stod länge', 'stod jag länge', 'stått länge', 'blev stående', 'blev sittande', 'satt där i timmar', 'stod där i timmar',
        'vid räcket'],
      nb: ['ble stående', 'ble sittende', 'sto lenge', 'stod lenge', 'sto jeg lenge', 'stått lenge', 'satt der i timevis',
        'sto der i timevis', 'ved rekkverket'],
    },
    walkIn: {
      en: ['walking in', 'walk in', 'walk out into', 'walking out into', 'walk into it', 'go under'],
      sv: ['gå i', 'gå ut i', 'gå ner i', 'gå under'],
      nb: ['gå uti', 'gå ut i', 'gå i', 'gå under', 'gå dit'],
    },
    // The ice "hoped to break": said only of ice.
    ice: { en: ['the ice', 'onto the ice'], sv: ['isen'], nb: ['isen'] },
    giveWay: {
      en: ['break', 'crack', 'give way', 'gave way'],
      sv: ['brista', 'brast', 'spricka', 'sprack', 'gå sönder', 'ge vika'],
      nb: ['brekke', 'brakk', 'knekke', 'knakk', 'briste', 'brast', 'sprekke', 'gi etter'],
    },
    // A height that "tempts": "the bridge looks more inviting every day".
    lure: {
      en: ['more inviting', 'more tempting', 'looks inviting', 'looks tempting', 'calling me', 'calls to me', 'calling to me'],
      sv: ['lockar mig', 'ser lockande ut', 'mer lockande', 'drar i mig'],
      nb: ['frister meg', 'ser fristende ut', 'mer fristende', 'lokker meg', 'drar i meg'],
    },
    // Ways of dying looked up, told with letters to the family ("researching methods… written to her children").
    researchMethods: {
      en: ['researching methods', 'researched methods', 'looking up methods', 'looked up methods', 'googling methods', 'googled methods'],
      sv: ['sökt på metoder', 'söker på metoder', 'googlat metoder', 'googlar metoder', 'kollat upp metoder'],
      nb: ['søkt på metoder', 'søker på metoder', 'googlet metoder', 'googler metoder', 'sjekket metoder'],
    },
    // A drop asked about ("how high is the bridge"): not a roof, which is also a ceiling (sv "taket", nb "taket").
    highPlace: {
      en: ['bridge', 'cliff', 'cliffs', 'multistorey', 'multi-storey', 'car park', 'viaduct', 'tower block'],
      sv: ['bron', 'bro', 'klippan', 'klipporna', 'stupet', 'parkeringshuset', 'viadukten'],
      nb: ['brua', 'broen', 'bru', 'klippen', 'stupet', 'parkeringshuset', 'viadukten'],
    },
    // A means kept for a day chosen: "for when I decide", "waiting for the right day".
    decideTime: {
      en: ['for when i decide', 'when i decide', 'waiting for the right day', 'waiting ... for the right day',
        'for the right day', 'the day i decide'],
      sv: ['när jag bestämmer mig', 'för när jag bestämmer mig', 'väntar på rätt dag', 'väntar ... på rätt dag',
        'den dagen jag bestämmer mig'],
      nb: ['når jeg bestemmer meg', 'til jeg bestemmer meg', 'venter på rett dag', 'venter ... på rett dag',
        'venter ... på den rette dagen', 'den dagen jeg bestemmer meg'],
    },
    // Making an end of it, said with a means: "go out to the barn with the shotgun and end it".
    endIt: {
      en: ['end it', 'end it all', 'finish it', 'make an end of it', 'get it over with'],
      sv: ['göra slut på det', 'göra slut på allt', 'avsluta det', 'få det överstökat'],
      nb: ['gjøre det slutt', 'gjøre slutt på det', 'gjøre slutt på alt', 'gjøre ende på det', 'få det overstått', 'avslutte det'],
    },
    foundVerb: {
      en: ['found', 'came across', 'discovered'],
      sv: ['hittade', 'hittat', 'hittades', 'upptäckte'],
      nb: ['fant', 'funnet', 'oppdaget'],
    },
    // A life insurance asked about with an accident's look or one's own death: "does it pay out if it looks like an accident".
    lifeInsurance: {
      en: ['life insurance', 'life cover', 'life policy', 'death benefit'],
      sv: ['livförsäkring', 'livförsäkringen', 'livförsäkringar'],
      nb: ['livsforsikring', 'livsforsikringen', 'livsforsikringer'],
    },
    // A death made to look like an accident is meant, and one wished for in an accident ("better for all if I died in an
    // accident") is no accident told: read as `onPurpose` (rules/match/cue-combinations.ts), so the accident in it
    // explains nothing away.
    onPurpose: {
      en: ['look like an accident', 'looks like an accident', 'looked like an accident', 'seem like an accident', 'seems like an accident', 'if i died in an accident', 'if i had an accident and died', 'if i was killed in an accident'],
      sv: ['ser ut som en olycka', 'se ut som en olycka', 'såg ut som en olycka', 'verka som en olycka', 'om jag dog i en olycka', 'om jag omkom i en olycka'],
      nb: ['ser ut som en ulykke', 'se ut som en ulykke', 'så ut som en ulykke', 'virke som en ulykke', 'om jeg døde i en ulykke', 'hvis jeg døde i en ulykke', 'om jeg omkom i en ulykke'],
    },
    accidentLook: {
      en: ['an accident', 'accidental death'],
      sv: ['en olycka', 'olyckshändelse'],
      nb: ['en ulykke', 'ulykkestilfelle'],
    },
    ownDeath: {
      en: ['if i die', 'if i was dead', 'if i were dead', 'if i am dead', 'when i am dead', 'worth more dead', 'more if i die'],
      // sv "livförsäkring", nb "livsforsikring" are idioms (rules/match/idioms.ts: they hold "liv"), read only in a sentence
      // that says the death is meant (`onPurpose`), so their own-death forms would never count.
      sv: [],
      nb: [],
    },
  },
  rules: [
    { all: ['strong'] },
    { all: ['attempt', 'death'], within: 4 },
    { all: ['means', 'prepare'], within: 6 },
    { all: ['wish', 'means'], within: 5 },
    { all: ['wish', 'death'], within: 12 },
    { all: ['pointless', 'life'], within: 8 },
    { all: ['means', 'stockpile'], within: 8 },
    { all: ['means', 'quantity'], within: 6 },
    { all: ['place', 'jump'], within: 6 },
    { all: ['jump', 'wish'], within: 5 },
    { all: ['height', 'wish'], within: 4 },
    { all: ['method', 'wish'], within: 6 },
    { all: ['method', 'means'], within: 12 },
    { all: ['absent', 'lastingTime'], within: 8 },
    { all: ['farewell', 'absent'], within: 20 },
    { all: ['message', 'inCase', 'absent'], within: 14 },
    { all: ['message', 'inCase', 'death'], within: 14 },
    { all: ['message', 'farewell'], within: 10 },
    { all: ['farewell', 'giveAway'], within: 20 },
    { all: ['farewell', 'affection'], within: 12 },
    { all: ['farewell', 'affairsInOrder'], within: 20 },
    { all: ['means', 'onSelf'], within: 10 },
    { all: ['noWayOut', 'death'], within: 10 },
    { all: ['wish', 'reunion', 'deceased'], within: 14 },
    { all: ['attempt', 'criticalCare'], within: 12 },
    { all: ['hospital', 'criticalCare'], within: 12 },
    { all: ['means', 'hospital', 'quantity'], within: 12 },
    { all: ['means', 'hospital', 'deliberate'], within: 12 },
    { all: ['height', 'edge'], within: 10 },
    { all: ['prepare', 'clothes', 'burialClothes'], within: 12 },
    { all: ['wish', 'ownFuneral'], within: 8 },
    { all: ['imagine', 'ownFuneral'], within: 8 },
    { all: ['giveAway', 'affairsInOrder'], within: 20, sentences: 2 },
    // Said in fragments: "I've written letters. To the kids. In case." / "…to his daughters. Won't be around for…"
    { all: ['message', 'recipient', 'inCase'], within: 16, sentences: 3 },
    { all: ['message', 'recipient', 'absent'], within: 24, sentences: 2 },
    { all: ['message', 'recipient', 'noWorry'], within: 30, sentences: 2 },
    { all: ['farewell', 'noWorry'], within: 20 },
    { all: ['wrists', 'deliberate'], within: 14 },
    { all: ['affairsInOrder', 'funeral'], within: 20 },
    { all: ['means', 'attempt', 'quantity'], within: 12 },
    { all: ['means', 'attempt', 'deliberate'], within: 12 },
    { all: ['foundWith', 'means'], within: 10 },
    { all: ['attemptNoun', 'admitted'], within: 8 },
    { all: ['fumes', 'enclosed'], within: 12 },
    { all: ['ligature', 'aroundNeck'], within: 6 },
    { all: ['riddance', 'soon'], within: 8 },
    { all: ['allOver', 'soon'], within: 8 },
    { all: ['wish', 'notSee', 'nextDay'], within: 8 },
    { all: ['pray', 'notSee', 'nextDay'], within: 8 },
    { all: ['wish', 'godTake'], within: 8 },
    { all: ['pray', 'godTake'], within: 8 },
    // Preparations (screening guidance's warning signs): things given away with affairs wound up; letters to one's
    // children with things given away or a funeral's cost; a will with a letter to a child; a note left, then missing.
    { all: ['gifted', 'windingUp'], within: 30, sentences: 2 },
    { all: ['cancelled', 'windingUp'], within: 30, sentences: 2 },
    { all: ['message', 'recipient', 'gifted'], within: 24, sentences: 2 },
    { all: ['message', 'recipient', 'funeralCost'], within: 30, sentences: 2 },
    { all: ['will', 'message', 'recipient'], within: 16 },
    { all: ['leftNote', 'wentMissing'], within: 24, sentences: 2 },
    { all: ['keptMeans', 'inCase', 'tooHeavy'], within: 16 },
    { all: ['jump', 'highEnough'], within: 16 },
    { all: ['jump', 'howHigh'], within: 8 },
    { all: ['place', 'highEnough'], within: 10 },
    { all: ['height', 'highEnough'], within: 10 },
    { all: ['tried', 'methodNoun'], within: 4 },
    { all: ['wish', 'fatalIllness', 'ending'], within: 14 },
    { all: ['pointless', 'totality', 'anymore'], within: 9, sentences: 2 },
    { all: ['notExpect', 'beHere', 'lastingTime'], within: 14 },
    { all: ['notExpect', 'beHere', 'thenPoint'], within: 12 },
    { all: ['attempt', 'tabletCount', 'means'], within: 8, sentences: 2 },
    { all: ['wentUp', 'highEnough'], within: 16 },
    { all: ['pointless', 'escapeAll'], within: 24, sentences: 3 },
    { all: ['fumes', 'sealTape'], within: 8 },
    { all: ['petCare', 'ifSomethingHappens'], within: 14 },
    { all: ['petCare', 'farewell'], within: 12 },
    { all: ['wish', 'beWithLost', 'deceased'], within: 30, sentences: 2 },
    { all: ['pointless', 'research', 'quickWay'], within: 24, sentences: 2 },
    { all: ['research', 'painless'], within: 14 },
    { all: ['absent', 'method'], within: 16 },
    { all: ['attempt', 'overCount', 'means'], within: 6 },
    { all: ['bareCount', 'means', 'hospital'], within: 14 },
    { all: ['bareCount', 'means', 'admitted'], within: 14 },
    { all: ['pointless', 'windingUp'], within: 30, sentences: 2 },
    { all: ['height', 'travel'], within: 6 },
    { all: ['travel', 'highEnough'], within: 16 },
    { all: ['place', 'travel'], within: 6 },
    { all: ['peaceMade', 'farewell'], within: 14 },
    { all: ['height', 'howEasy'], within: 14 },
    { all: ['noWayOut', 'pointless', 'anymore'], within: 16 },
    // Round 3 (writer sets T, U, V, X, Y, Z read as dev data): older clients' words for a wish to die, with a second sign.
    { all: ['godHome', 'soon'], within: 8 },
    { all: ['godHome', 'longFor'], within: 6 },
    { all: ['godHome', 'readyToGo'], within: 8 },
    { all: ['godHome', 'gifted'], within: 24, sentences: 2 },
    { all: ['readyToGo', 'gifted'], within: 24, sentences: 2 },
    { all: ['readyToGo', 'lifeDone'], within: 20, sentences: 2 },
    { all: ['readyToGo', 'pointless'], within: 20, sentences: 2 },
    { all: ['lifeDone', 'pointless'], within: 16, sentences: 2 },
    { all: ['lifeDone', 'gifted'], within: 24, sentences: 2 },
    // Preparations: belongings divided with not being around or a time; letters to the children with affairs in order;
    // peace made with a will or affairs wound up.
    { all: ['whoGetsWhat', 'absent'], within: 30, sentences: 2 },
    { all: ['whoGetsWhat', 'farewell'], within: 24, sentences: 2 },
    { all: ['message', 'recipient', 'affairsSorted'], within: 30, sentences: 2 },
    { all: ['peaceMade', 'will'], within: 30, sentences: 2 },
    { all: ['peaceMade', 'affairsInOrder'], within: 30, sentences: 2 },
    { all: ['peaceMade', 'cancelled'], within: 30, sentences: 2 },
    { all: ['worryMe', 'soon'], within: 10 },
    { all: ['worryMe', 'lastingTime'], within: 10 },
    // Water, ice and heights: not coming back from them, lingering there, asking how deep or high, walking in, ice
    // hoped to break, a height that tempts.
    { all: ['water', 'notReturn'], within: 16 },
    { all: ['height', 'lingered'], within: 12 },
    { all: ['water', 'askHow'], within: 8 },
    { all: ['highPlace', 'askHow'], within: 8 },
    { all: ['water', 'wish', 'walkIn'], within: 20, sentences: 2 },
    { all: ['ice', 'wish', 'giveWay'], within: 12 },
    { all: ['height', 'lure'], within: 10 },
    // A means kept for a chosen day, or said with making an end of it; a rope found with a letter.
    { all: ['means', 'decideTime'], within: 16, sentences: 2 },
    { all: ['means', 'endIt'], within: 12 },
    { all: ['foundVerb', 'keptMeans', 'message'], within: 14 },
    { all: ['lifeInsurance', 'accidentLook'], within: 16 },
    { all: ['lifeInsurance', 'onPurpose'], within: 16 },
    { all: ['researchMethods', 'message', 'recipient'], within: 24, sentences: 2 },
    { all: ['research', 'method'], within: 12 },
    { all: ['means', 'lingered'], within: 16 },
    { all: ['riddance', 'gifted'], within: 30, sentences: 2 },
    { all: ['waitingNow', 'stoppedEating'], within: 30, sentences: 2 },
    { all: ['waitingNow', 'funeralOf'], within: 30, sentences: 2 },
    { all: ['lifeInsurance', 'ownDeath'], within: 16, sentences: 2 },
  ],
  // The question answered "never" without naming it ("never crossed my mind", nb "slike tanker har jeg aldri hatt"):
  // a quiet check-in in a field that asks about it.
  denials: {
    en: ['never crossed my mind', 'never even crossed my mind', 'never had such thoughts', 'never had those thoughts',
      'never had thoughts like that', 'never thought about it', 'never thought of it', 'no such thoughts'],
    sv: ['aldrig haft sådana tankar', 'sådana tankar har jag aldrig haft', 'aldrig slagit mig', 'aldrig tänkt tanken',
      'aldrig tänkt på det', 'aldrig haft sådana tankar', 'inga sådana tankar'],
    nb: ['aldri hatt slike tanker', 'slike tanker har jeg aldri hatt', 'aldri slått meg', 'aldri tenkt tanken', 'aldri tenkt på det',
      'ingen slike tanker'],
  },
  innocent: {
    en: [...INNOCENT_EXPLANATIONS.en.filter(explainsAWayOfDying), ...SUICIDE_ONLY_INNOCENT.en],
    sv: [...INNOCENT_EXPLANATIONS.sv.filter(explainsAWayOfDying), ...SUICIDE_ONLY_INNOCENT.sv],
    nb: [...INNOCENT_EXPLANATIONS.nb.filter(explainsAWayOfDying), ...SUICIDE_ONLY_INNOCENT.nb],
  },
};
