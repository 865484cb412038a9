/**
 * Personal pronouns by role, so a trigger written in the first person also
 * finds the third ("kill myself" ~ "kill himself", sv "ta mitt liv" ~ "ta sitt
 * liv", nb "livet mitt" ~ "livet sitt") and an adviser's note matches a
 * client's words. One table for en, sv and nb: an answer may mix them.
 * Keys are lower case with å/ä/ö/ø/æ kept ("vår" is a pronoun, "var" is not).
 */
import { PRONOUN_ROLE } from '../compiled-pack';

const { self, poss, obj, subj, firstOrSecond, reflexive, subjectNamed } = PRONOUN_ROLE;

const TABLE: [number, string][] = [
  // English
  [self, 'myself yourself himself herself itself ourselves yourselves themselves themself oneself'],
  [poss, 'my your his her its our their'],
  [obj, 'me you him her us them'],
  [subj, 'i you he she we they'],
  // Swedish
  // Not "er" (you, plural): it is Norwegian "is", in nearly every Norwegian sentence.
  [self, 'mig dig sig oss mej dej sej'],
  [poss, 'min mitt mina din ditt dina sin sitt sina hans hennes hens deras vår vårt våra er ert era'],
  [obj, 'mig dig honom henne hen oss dem dom mej dej'],
  [subj, 'jag du han hon hen vi ni de dom'],
  // Norwegian Bokmål
  [self, 'meg deg seg oss dere'],
  [poss, 'min mi mitt mine din di ditt dine sin si sitt sine hans hennes deres vår vårt våre'],
  [obj, 'meg deg ham han henne hen oss dere dem'],
  [subj, 'jeg du han hun hen vi dere de'],
  // Nynorsk, where it differs ("ho" she/her, "dei" they)
  [poss, 'hennar deira'],
  [obj, 'ho dei'],
  [subj, 'eg ho dei'],
  // Words that are reflexive wherever they stand: the doer does it to themself ("kill himself", sv "döda sig",
  // nb "drepe seg", sv/nb "sitt liv"). Not nb "si" (also "say") nor "meg"/"mig" (also "me": "han skal drepe meg").
  [reflexive, 'myself yourself himself herself itself ourselves yourselves themselves themself oneself sig sej seg ' +
    'sin sitt sina sine'],
];

/**
 * The first and second person, en/sv/nb: the client speaking of themself, or spoken to; never the one who
 * does a thing to the client in a note (sv "er", you, is also nb "er", is).
 */
const FIRST_OR_SECOND_PERSON =
  'i me my myself mine we us our ourselves you your yours yourself yourselves ' +
  'jag mig mej min mitt mina vi oss vår vårt våra du dig dej din ditt dina ni er ert era ' +
  'jeg meg mi mine våre deg di dine dere eg';

const ROLES = new Map<string, number>();
for (const [role, words] of TABLE) {
  for (const word of words.split(' ')) ROLES.set(word, (ROLES.get(word) ?? 0) | role);
}
for (const word of FIRST_OR_SECOND_PERSON.split(' ')) ROLES.set(word, (ROLES.get(word) ?? 0) | firstOrSecond);

/** Role bits of a lower-case word; 0 when it is no pronoun. */
export function pronounRoles(lower: string): number {
  return ROLES.get(lower) ?? 0;
}

/**
 * The first- and second-person words that are reflexive when their clause's subject is the same person
 * (nb "jeg vil drepe meg", sv "jag ska ta mitt liv") and an object or a possessive otherwise ("han skal
 * drepe meg"): word → its person. English "me", "my" are never reflexive ("I will kill me" is not said).
 */
const PERSON_OF_OBJECT: Record<string, string> = {};
/** Subject pronouns → person. */
const PERSON_OF_SUBJECT: Record<string, string> = {};
for (const [person, subjects, objects] of [
  ['1', 'jag jeg', 'mig mej meg min mitt mina mi mine'],
  ['2', 'du', 'dig dej deg din ditt dina di dine'],
  ['1p', 'vi', 'oss vår vårt våra våre'],
] as const) {
  for (const word of subjects.split(' ')) PERSON_OF_SUBJECT[word] = person;
  for (const word of objects.split(' ')) PERSON_OF_OBJECT[word] = person;
}

/** "meg selv", "mig själv": reflexive whatever the subject. */
const SELF_AFTER = new Set(['selv', 'själv', 'sjølv', 'sjäv']);
/**
 * Words that open a new clause, whose subject the look-back cannot see ("jeg er redd at mannen min skal drepe
 * meg"): the clause's own subject pronoun must come after them.
 */
const CLAUSE_OPENERS = new Set(
  // Not sv "att" (also "to": "tänkt på att ta livet av mig"), "för", "som" ("føles som å ta livet av meg"), nb "til".
  'that if when because since who which om när då eftersom medan at hvis når da fordi siden mens'.split(' '),
);
/**
 * People and things a note names as what does something to the client ("pappa skulle drepe meg", "maken hotar
 * att döda mig", "sjefen kommer til å drepe meg", "den här kön dödar mig"), and the demonstratives that start
 * such a noun: like another person's pronoun, they end the look-back without a reflexive reading.
 */
const SOMEONE_ELSE = new Set(
  ('sambo sambon make maken man mannen fru frun ex exet pojkvän pojkvännen flickvän flickvännen pappa pappan far ' +
    'fadern farsan mamma mamman mor modern morsan styvpappa bror brorsan syster systern svärfar svärmor chefen ' +
    'jobbet skolan kön ' +
    'samboer samboeren mann ektemann ektemannen kone kona eks eksen ekskona eksmannen kjæreste kjæresten faren ' +
    'farsen moren stefar stefaren broren søster søstera søsteren svigerfar svigermor sjefen jobben skolen køen ' +
    'den denna detta dessa denne dette disse').split(' '),
);
/**
 * Infinitive markers: a clause opener right before one opens no clause with a subject of its own but says what
 * a thought or a talk is about (nb "tanker om å henge meg", sv "pratar om att ta livet av mig").
 */
const INFINITIVE_MARKERS = new Set(['å', 'att']);
/** How far back a clause's subject is looked for: "jeg har i lang tid tenkt på å ta livet av meg" is ten words. */
const SUBJECT_REACH = 10;

/**
 * Marks with `reflexive` the first- and second-person objects and possessives that point back to their
 * clause's subject: the nearest subject pronoun before them in the sentence (past commas, not past a full
 * stop) is of their person, or there is none, as when a client leaves out the "jeg" ("har begynt å kutte meg
 * igjen"); not when another person's pronoun, or in the same stretch between commas a clause opener, a person
 * who may be the doer ("pappa", "mannen") or a possessive ("mannen min", "min man"), stands between. Followed by "selv"/"själv", always.
 * Linear: at most SUBJECT_REACH words back per pronoun.
 * @param words an answer's words in order, with `lower` (spoken forms already read as standard), `gap`
 *   (2 before a word that starts a sentence) and `roles`, which this updates
 */
export function markReflexives(words: { lower: string; gap: number; roles: number }[]): void {
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const person = PERSON_OF_OBJECT[word.lower];
    if (person === undefined) continue;
    const next = words[k + 1];
    if (next && next.gap === 0 && SELF_AFTER.has(next.lower) && (word.roles & (self | obj)) !== 0) {
      word.roles |= reflexive;
      continue;
    }
    // A pronoun that opens its sentence is no one's object (and a phrase's own "meg", compiled alone, stays as written).
    let reflexiveHere = k > 0 && word.gap !== 2;
    let pastComma = false;
    for (let j = k - 1; j >= 0 && j >= k - SUBJECT_REACH; j--) {
      if (words[j + 1]!.gap === 2) break;
      if (words[j + 1]!.gap === 1) pastComma = true;
      const before = words[j]!;
      const subject = PERSON_OF_SUBJECT[before.lower];
      if (subject !== undefined) {
        reflexiveHere = subject === person;
        if (reflexiveHere) word.roles |= subjectNamed;
        break;
      }
      if ((before.roles & subj) !== 0) {
        reflexiveHere = false;
        break;
      }
      // Past a comma only a pronoun subject counts: "kjæresten dro, tenker å henge meg" leaves out its "jeg".
      const opensClause = CLAUSE_OPENERS.has(before.lower) && !INFINITIVE_MARKERS.has(words[j + 1]!.lower);
      if (!pastComma && (opensClause || SOMEONE_ELSE.has(before.lower) || (before.roles & poss) !== 0)) {
        reflexiveHere = false;
        break;
      }
    }
    if (reflexiveHere) word.roles |= reflexive;
  }
}
