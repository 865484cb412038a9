/**
 * Personal pronouns by role, so a trigger written in the first person also
 * finds the third ("kill myself" ~ "kill himself", sv "ta mitt liv" ~ "ta sitt
 * liv", nb "livet mitt" ~ "livet sitt") and an adviser's note matches a
 * client's words. One table for en, sv and nb: an answer may mix them.
 * Keys are lower case with å/ä/ö/ø/æ kept ("vår" is a pronoun, "var" is not).
 */
import { PRONOUN_ROLE } from '../compiled-pack';

const { self, poss, obj, subj, firstOrSecond } = PRONOUN_ROLE;

const TABLE: [number, string][] = [
  // English
  [self, 'myself yourself himself herself itself ourselves yourselves themselves themself oneself'],
  [poss, 'my your his her its our their'],
  [obj, 'me you him her us them'],
  [subj, 'i you he she we they'],
  // Swedish
  [self, 'mig dig sig oss er mej dej sej'],
  [poss, 'min mitt mina din ditt dina sin sitt sina hans hennes hens deras vår vårt våra er ert era'],
  [obj, 'mig dig honom henne hen oss er dem dom mej dej'],
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
