/**
 * Compiles a concept's word classes (rules/lexicon/word-classes/) into the
 * runtime form the matcher reads (CompiledCues): every class word as a
 * compiled phrase, with the number of its class, and each rule as class
 * numbers. Build time only (background, CLI); the content script gets the result.
 */
import { PRONOUN_ROLE, PRONOUN_ROLES_ONLY, type CompiledCues, type CompiledPhrase } from './compiled-pack';
import { compilePhrase } from './compile-phrase';
import { pronounRoles } from './match/pronouns';
import { DEFAULT_CUE_WINDOW, type ConceptCues, type CueWords } from './lexicon/word-classes/concept-cues';
import { LEXICON_LANGUAGES } from './lexicon';
import { CONCEPT_CUES } from './lexicon/word-classes';

/** The name the innocent-explanation class gets among the compiled classes. */
const INNOCENT = 'innocent explanation';
/** …and the class of subjects that deny. */
const DENIERS = 'denied by';
/** …and the class of words that deny the concept by their meaning. */
const DENIALS = 'denies the concept';
/** …and of words that say it ended long ago. */
const ENDED = 'ended long ago';
/** …and the class of phrases that hide the class words inside them. */
const MASKS = 'masked by';
/** …and the class of words that name an enquiry. */
const INQUIRIES = 'enquiry';
/** …and the class of phrases of harm a person does to themself. */
const SELF_INFLICTED = 'harm to oneself';

/** @throws Error when a rule or `referents` names a class the concept does not define (a lexicon bug, caught by the unit tests). */
export function compileCues(cues: ConceptCues): CompiledCues {
  const classes = Object.keys(cues.classes);
  const allClasses: Record<string, CueWords> = { ...cues.classes };
  if (cues.innocent) allClasses[INNOCENT] = cues.innocent;
  if (cues.deniers) allClasses[DENIERS] = cues.deniers;
  if (cues.denials) allClasses[DENIALS] = cues.denials;
  if (cues.ended) allClasses[ENDED] = cues.ended;
  if (cues.masks) allClasses[MASKS] = cues.masks;
  if (cues.inquiries) allClasses[INQUIRIES] = cues.inquiries;
  if (cues.selfInflicted) allClasses[SELF_INFLICTED] = cues.selfInflicted;
  const named = Object.keys(allClasses);
  const phrases: CompiledPhrase[] = [];
  const classOf: number[] = [];
  named.forEach((name, number) => {
    for (const language of LEXICON_LANGUAGES) {
      for (const text of allClasses[name]![language]) {
        const compiled = compilePhrase(text, language);
        if (!compiled.ok) throw new Error(`${cues.concept} cue class ${name}: ${compiled.message}`);
        phrases.push(name === INNOCENT ? asWritten(compiled.phrase) : cues.referents?.includes(name) ? referentSlots(compiled.phrase) : asRoleSlot(compiled.phrase));
        classOf.push(number);
      }
    }
  });
  const rules = cues.rules.map((rule) => ({
    all: rule.all.map((name) => classNumber(cues, classes, name)),
    within: rule.within ?? DEFAULT_CUE_WINDOW,
    ...(rule.sentences !== undefined && rule.sentences > 1 && { sentences: rule.sentences }),
    ...(rule.inOrder === true && { inOrder: true }),
  }));
  return {
    classes: named,
    phrases,
    classOf,
    rules,
    ...(cues.innocent && { innocent: named.indexOf(INNOCENT) }),
    ...(cues.innocent && cues.innocentCoversWords && { innocentCoversWords: true }),
    ...(cues.deniers && { denier: named.indexOf(DENIERS) }),
    ...(cues.toldStories && { toldStories: cues.toldStories.map((name) => classNumber(cues, classes, name)) }),
    ...(cues.aboutOwnActs && { aboutOwnActs: true }),
    ...(cues.who && { who: cues.who.map((name) => named.indexOf(name)).filter((n) => n >= 0) }),
    ...(cues.referents && { referents: cues.referents.map((name) => classNumber(cues, classes, name)) }),
    ...(cues.ages !== undefined && { ages: classNumber(cues, classes, cues.ages) }),
    ...(cues.denials && { denial: named.indexOf(DENIALS) }),
    ...(cues.ended && { ended: named.indexOf(ENDED) }),
    ...(cues.masks && { mask: named.indexOf(MASKS) }),
    ...(cues.inquiries && { inquiry: named.indexOf(INQUIRIES) }),
    ...(cues.selfInflicted && { selfInflicted: named.indexOf(SELF_INFLICTED) }),
    ...(cues.deniedAlone && { deniedAlone: cues.deniedAlone.map((name) => named.indexOf(name)).filter((n) => n >= 0) }),
  };
}

/** @throws Error when the concept defines no class `name`. */
function classNumber(cues: ConceptCues, classes: readonly string[], name: string): number {
  const number = classes.indexOf(name);
  if (number < 0) throw new Error(`${cues.concept}: a rule or its referents name the unknown cue class "${name}"`);
  return number;
}

/**
 * A concept's compiled cues depend on the lexicon alone, never on the pack, so they are compiled
 * once per process: installing the two default packs at first run compiled the same 1.6 MB twice
 * (about 0.9 s each on a development machine). Shared between packs, so never changed in place
 * (the matcher only reads them; stored packs hold them as JSON).
 */
const compiledCuesOfConcept = new Map<string, CompiledCues>();

/** The compiled cues of those of `conceptIds` the lexicon has word classes for; undefined when none has. */
export function compileConceptCues(conceptIds: readonly string[]): Record<string, CompiledCues> | undefined {
  const out: Record<string, CompiledCues> = {};
  for (const id of conceptIds) {
    const cues = CONCEPT_CUES.get(id);
    if (!cues) continue;
    let compiled = compiledCuesOfConcept.get(id);
    if (!compiled) compiledCuesOfConcept.set(id, (compiled = compileCues(cues)));
    out[id] = compiled;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * An innocent explanation counts only as written (folded), not by its stem: it lowers a
 * critical card, so "boxing" must not be found in "a whole box of pills", nor nb "spillet"
 * (the game) in English "spilling". The lists name the forms they mean.
 */
function asWritten(phrase: CompiledPhrase): CompiledPhrase {
  // …and a pronoun as itself: "my teacher" (who will kill me if I am late) is not "her teacher" a child told.
  return { ...phrase, words: phrase.words.map((word) => (word.g || word.p ? word : { w: word.w, s: word.w })) };
}

/**
 * A referent's words name whom the concept is about: "their dad" (the children's) stands for "his dad", "her dad"
 * (a child's), never the client's own "my dad" or "your dad", nb "moren deres" never "mora mi". A pronoun of the
 * third person in them is a slot for someone else (PRONOUN_ROLE.other), as a lone one is in asRoleSlot.
 */
function referentSlots(phrase: CompiledPhrase): CompiledPhrase {
  const someoneElse = (word: CompiledPhrase['words'][number]) => word.r !== undefined && ((pronounRoles(word.w) ?? 0) & PRONOUN_ROLE.firstOrSecond) === 0;
  if (!phrase.words.some(someoneElse)) return phrase;
  return { ...phrase, words: phrase.words.map((word) => (someoneElse(word) ? { ...word, r: word.r! | PRONOUN_ROLE.other } : word)) };
}

/**
 * A class word that is a pronoun ("me", "he") stands for its role in any
 * person and language ("me" finds "her", "mig", "henne"): in a cue class a
 * lone pronoun is the person a verb is done to or by, unlike a pack's lone
 * trigger word, which compilePhrase never reads as a slot. A word of another
 * person than the first ("he", "she") is someone else: "I" never fills it.
 */
function asRoleSlot(phrase: CompiledPhrase): CompiledPhrase {
  const [only] = phrase.words;
  if (phrase.words.length !== 1 || !only || only.p || only.g) return phrase;
  const roles = pronounRoles(only.w);
  if (!roles) return phrase;
  // "he", "hon", "de": someone else, so the client's own "I" (or a "you") never stands in for them.
  const slot = roles & PRONOUN_ROLE.firstOrSecond ? roles & PRONOUN_ROLES_ONLY : (roles & PRONOUN_ROLES_ONLY) | PRONOUN_ROLE.other;
  return { ...phrase, words: [{ ...only, r: slot }] };
}
