/**
 * A cover story: an injury with an explanation made up for others ("he broke my wrist and I told the nurse I'd
 * slipped", sv "jag sa till skolan att blåmärket var en olycka", nb "på legevakta sa jeg at jeg falt"). Told to a
 * doctor, a school, work or family, or called a lie, the fall or the accident is what was said, not what happened:
 * a domestic-violence disclosure (rules in ./domestic-violence.ts). Told plainly ("I fell on the stairs and broke my
 * arm", "the doctor said it was a clean break") the fall is the cause, and nothing here is read.
 */
import type { CueWords } from './concept-cues';
import { BODY_INJURIES } from './violence-words';

/**
 * Saying or telling, with room for whom (`...`: "told the nurse", "sa till skolan", "sa på jobben"), or being asked;
 * read only with what was said after it (`COVER_STORY`), so "the doctor said it was a clean break" or "broke it when I
 * fell, told the GP it hurt" is no story.
 */
const TELLING: CueWords = {
  en: ['said ...', 'told ...', 'tell ...', 'tells ...', 'telling ...', 'say ...', 'says ...', 'saying ...', 'asked ...',
    // whom, in more words ("told the walk-in centre")
    'told the ...', 'told my ...', 'tell the ...', 'tell my ...', 'said to the ...'],
  sv: ['sa ...', 'sade ...', 'sagt ...', 'säger ...', 'säga ...', 'berättade ...', 'svarade ...', 'frågade ...',
    'sa till ...', 'berättade för ...'],
  nb: ['sa ...', 'sagt ...', 'sier ...', 'si ...', 'fortalte ...', 'svarte ...', 'spurte ...', 'sa til ...'],
};

/** The explanation given: a fall, a door, the stairs, an accident, being clumsy, "the bruises were from netball". */
const CAUSE: CueWords = {
  en: ['i fell', 'i had fallen', "i'd fallen", 'i slipped', 'i had slipped', "i'd slipped", 'i tripped', 'i had tripped',
    "i'd tripped", 'i walked into', "i'd walked into", 'walked into a',
    'it was an accident', 'was an accident', 'it was the stairs', 'fell down the stairs', 'i fell off', 'just clumsy',
    'so clumsy', 'i banged into', 'an accident at', 'were from', 'was from'],
  sv: ['att jag ramlade', 'att jag ramlat', 'att jag hade ramlat', 'att jag halkade', 'att jag halkat', 'att jag snubblade',
    'att jag snubblat', 'att jag gått in i', 'att jag gick in i', 'att jag krockat med', 'att jag krockade med',
    'att det var en olycka', 'att ... var en olycka', 'att det var trappan', 'att jag är klumpig', 'att ... var från',
    'att ... kom från'],
  nb: ['at jeg falt', 'at jeg hadde falt', 'at jeg skled', 'at jeg snublet', 'at jeg snubla', 'at jeg gikk på',
    'at jeg gikk inn i', 'at det var en ulykke', 'at ... var en ulykke', 'at det var trappa', 'at jeg er klønete',
    'at eg datt', 'at eg fall', 'at den ble klemt', 'at ... ble klemt', 'at det var et uhell', 'at ... var fra', 'at ... kom fra',
    'det var en ulykke'],
};

/**
 * An explanation said or told: "told them I walked into a door", "sa till skolan att blåmärket var en olycka",
 * "på legevakta sa jeg at jeg falt" (Swedish and Norwegian put the place first: "sa" and "at" stand next to each other).
 */
export const COVER_STORY: CueWords = {
  en: TELLING.en.flatMap((tell) => CAUSE.en.map((cause) => `${tell} ${cause}`)),
  sv: TELLING.sv.flatMap((tell) => CAUSE.sv.map((cause) => `${tell} ${cause}`)),
  nb: TELLING.nb.flatMap((tell) => CAUSE.nb.map((cause) => `${tell} ${cause}`)),
};

/** Being asked of the injury ("when they asked at work about the broken arm"): what was said then came after it. */
export const ASKED_ABOUT: CueWords = {
  en: ['asked about', 'asked ... about', 'asked me about', 'asked how i got', 'asked what happened to'],
  sv: ['frågade om', 'frågade ... om', 'undrade över', 'undrade ... över'],
  nb: ['spurte om', 'spurte ... om', 'lurte på'],
};

/** A cause named in a made-up story ("made up a story … about falling off a ladder"), read with `LIED`. */
export const MADE_UP_CAUSE: CueWords = {
  en: ['i fell', 'i had fallen', 'i slipped', 'i tripped', 'walked into', 'it was an accident', 'falling off', 'fell off',
    'falling down'],
  sv: ['att jag ramlade', 'att jag ramlat', 'att jag halkade', 'att jag halkat', 'att det var en olycka', 'ramlat av',
    'ramlade av'],
  nb: ['at jeg falt', 'at jeg skled', 'at jeg snublet', 'at det var en ulykke', 'falt av', 'at eg datt'],
};

/** The telling called a lie, or said under pressure: "lied about", "had to say", "made up a story", sv "ljög", nb "løy". */
export const LIED: CueWords = {
  en: ['lied', 'lie about', 'lied about', 'lied to', 'made up a story', 'made up an excuse', 'had to say',
    'pretended', 'cover story', 'so he would not get in trouble', 'not what happened', 'was not true',
    'could not tell them the truth', 'could not tell anyone the truth', 'could not tell the truth'],
  sv: ['ljög', 'ljuger', 'ljugit', 'hittade på', 'var tvungen att säga', 'måste ljuga', 'låtsades',
    'inte det som hände', 'vågade inte säga', 'kunde inte säga sanningen', 'vågade inte säga sanningen'],
  nb: ['løy', 'lyver', 'løyet', 'diktet opp', 'fant på', 'måtte si', 'lot som', 'ikke det som skjedde',
    'turte ikke å si', 'tør ikke si', 'kunne ikke si sannheten', 'turte ikke si sannheten'],
};

/** What was hurt: the marks violence leaves, a broken bone, stitches, a cast. */
export const HURT: CueWords = {
  en: [...BODY_INJURIES.en, 'broke my', 'broken arm', 'broken wrist', 'broken finger', 'broke her', 'stitches', 'split my lip', 'a mark',
    'the marks', 'the cut on', 'a cut on', 'the cast', 'in a cast', 'in a sling', 'sprained', 'ribs', 'my eye'],
  sv: [...BODY_INJURIES.sv, 'bröt armen', 'bröt handleden', 'bröt fingret', 'bröt min arm', 'bruten arm', 'bruten handled',
    'stygn', 'sy', 'märket', 'märkena', 'gipset', 'revbenen', 'revben', 'stukade'],
  nb: [...BODY_INJURIES.nb, 'brakk armen', 'brakk håndleddet', 'brakk fingeren', 'brakk ribbeina', 'brakk ribbeinet',
    'brukne armen', 'brukket arm', 'sting', 'sy', 'merket', 'merkene', 'gipsen', 'ribbeina', 'ribbein', 'blått auge',
    'blått øye', 'forstuet'],
};
