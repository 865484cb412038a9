/**
 * The rule-pack format supervisors write, defined once. The TypeScript types
 * below and rules/pack.schema.json (editor completion for YAML and JSON authors,
 * `npm run pack:schema`) are both derived from these valibot schemas.
 *
 * Checks that need the whole pack (ids unique, languages declared, sections
 * exist, condition depth, phrases) live in rules/check-pack-consistency.ts; this
 * file holds what a JSON Schema can express, so editors catch the same mistakes.
 * Messages here are shown to supervisors as they are: plain English.
 */
import * as v from 'valibot';
import { PACK_LIMITS as L } from './pack-limits';

const TEXT = 'must be text';

/** Stable identifier: letters, digits, `.`, `_`, `-`; starts with a letter or digit. */
const Id = v.pipe(
  v.string('must be an id (text)'),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an id: letters, digits, ".", "_" or "-", starting with a letter or digit'),
  v.maxLength(64, 'is longer than 64 characters'),
);

/** `en`, `sv`, `nb`, `en-GB`… */
export const LanguageCodeSchema = v.pipe(
  v.string('must be a language code such as "en", "sv" or "nb"'),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a language code such as "en", "sv", "nb" or "en-GB"'),
);

const SemVer = v.pipe(
  v.string('must be a version like "1.2.0" (in YAML, put it in quotes)'),
  v.regex(
    /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/,
    'must be a semantic version like "1.2.0"',
  ),
);

/** One piece of text: non-empty, bounded. */
const Text = v.pipe(
  v.string(TEXT),
  v.regex(/\S/, 'must not be empty'),
  v.maxLength(L.maxStringLength, `is longer than ${L.maxStringLength} characters`),
);

/**
 * A localisable string: plain text (the same in every language) or a map from
 * language code to text. Lookup: the reader's language, then the pack's first
 * language, then English, then whichever is given.
 */
function localizedString(text: v.GenericSchema<string>) {
  return v.pipe(
    v.union(
      [
        text,
        v.pipe(
          v.record(LanguageCodeSchema, text, 'must be text or a map from language code to text'),
          v.minEntries(1, 'needs text in at least one language'),
        ),
      ],
      'must be text, or a map from language code to text (en: …, sv: …)',
    ),
    v.description('Text, or a map from language code to text: { en: "…", sv: "…" }'),
  );
}

export const LocalizedStringSchema = localizedString(Text);

/** A follow-up's summary: one line, read at a glance (CDS Hooks cards hold theirs to 140 characters too). */
export const MAX_SUMMARY_LENGTH = 140;
const OneLine = v.pipe(
  v.string(TEXT),
  // One pattern for both: JSON Schema allows one per string.
  v.regex(/^[^\S\r\n]*\S[^\r\n]*$/, 'must be one line of text, not empty'),
  v.maxLength(MAX_SUMMARY_LENGTH, `is longer than ${MAX_SUMMARY_LENGTH} characters: a summary is one line, read at a glance`),
);

/** One or several texts, optionally per language: labels and phrase lists. */
function textList(max: number, item: v.GenericSchema<string> = Text) {
  return v.union(
    [
      item,
      v.pipe(v.array(item, 'must be a list of texts'), v.minLength(1, 'must not be empty'), v.maxLength(max, `has more than ${max} entries`)),
    ],
    'must be text or a list of texts',
  );
}

const OneOrMoreTexts = textList(L.maxLocatorsPerKind);

export const LocalizedListSchema = v.union(
  [
    OneOrMoreTexts,
    v.pipe(
      v.record(LanguageCodeSchema, OneOrMoreTexts, 'must be text, a list, or a map from language code to either'),
      v.minEntries(1, 'needs at least one language'),
    ),
  ],
  'must be text, a list of texts, or a map from language code to either',
);

const Phrase = v.pipe(
  v.string('must be a word or phrase (text)'),
  v.regex(/\S/, 'must not be empty'),
  v.maxLength(L.maxPhraseLength, `is longer than ${L.maxPhraseLength} characters`),
);

/** A list of words or phrases, at most `max` of them (and a hint on what to do past it). */
function phraseArray(max: number, tooMany = '') {
  return v.pipe(
    v.array(Phrase, 'must be a list of words or phrases'),
    v.minLength(1, 'must list at least one word or phrase'),
    v.maxLength(max, `lists more than ${max} words or phrases${tooMany}`),
  );
}

const PhraseArray = phraseArray(L.maxPhrases);

/** Words or phrases, optionally per language. `*` at the end of a word matches any ending. */
const PhraseList = v.pipe(
  v.union(
    [
      PhraseArray,
      v.pipe(
        v.record(LanguageCodeSchema, PhraseArray, 'must be a list of words, or a map from language code to a list'),
        v.minEntries(1, 'needs at least one language'),
      ),
    ],
    'must be a list of words or phrases, or a map from language code to such a list',
  ),
  v.description('Words or phrases found in a free-text answer, in any language of the pack. A word ending in * matches any ending ("suicid*"). Matching ignores case, accents and punctuation; no regular expressions.'),
);

/**
 * Which option a condition names: its value or visible label (text, or a map per
 * language: { en: "Yes", sv: "Ja", nb: "Ja" }), or its position among the
 * field's options, counted from 1 in the order the case system lists them
 * ({ position: 1 }; a drop-down's empty "-- choose --" entry does not count).
 */
export const OptionRefSchema = v.union(
  [
    LocalizedStringSchema,
    v.strictObject(
      {
        position: v.pipe(
          v.number('must be a number'),
          v.integer('must be a whole number'),
          v.minValue(1, 'counts from 1 (the first option)'),
          v.maxValue(L.maxOptionPosition, `is larger than ${L.maxOptionPosition}`),
        ),
      },
      'must be { position: N }',
    ),
  ],
  'must be an option value or label (text, or a map from language code to text), or { position: N }',
);

/** A concept of the built-in lexicon (rules/lexicon/) or of the pack's own `lexicon`. */
const ConceptId = v.pipe(
  v.string('must be a concept id such as "suicide"'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a concept id: lower-case letters, digits and "-", such as "self-harm"'),
  v.maxLength(64, 'is longer than 64 characters'),
);

const ConceptList = v.union(
  [
    ConceptId,
    v.pipe(
      v.array(ConceptId, 'must be a list of concept ids'),
      v.minLength(1, 'must list at least one concept'),
      v.maxLength(L.maxConditionsPerGroup, `lists more than ${L.maxConditionsPerGroup} concepts`),
    ),
  ],
  'must be a concept id (suicide, self-harm, domestic-violence, child-exposed-to-violence, substance-use, criminal-justice) or a list of them',
);

const NumberRange = v.pipe(
  v.strictObject({
    min: v.optional(v.number('must be a number')),
    max: v.optional(v.number('must be a number')),
  }),
  v.minEntries(1, 'needs min, max or both'),
);

/** The condition types, one per object, so `when` reads as a sentence. */
export interface PackConditionInput {
  answered?: true;
  option?: v.InferInput<typeof OptionRefSchema>;
  optionIn?: v.InferInput<typeof OptionRefSchema>[];
  number?: { min?: number; max?: number };
  text?: v.InferInput<typeof PhraseList>;
  mentions?: string | string[];
  anyOf?: PackConditionInput[];
  allOf?: PackConditionInput[];
}

const CONDITION_KINDS = 'answered, option, optionIn, number, text, mentions, anyOf or allOf';

function conditionGroup() {
  return v.pipe(
    v.array(v.lazy(() => ConditionSchema), 'must be a list of conditions'),
    v.minLength(1, 'must list at least one condition'),
    v.maxLength(L.maxConditionsPerGroup, `lists more than ${L.maxConditionsPerGroup} conditions`),
  );
}

export const ConditionSchema: v.GenericSchema<PackConditionInput> = v.pipe(
  v.strictObject(
    {
      answered: v.optional(v.pipe(v.literal(true, 'must be true'), v.description('Any answer at all.'))),
      option: v.optional(
        v.pipe(
          OptionRefSchema,
          v.description('The chosen option: its value, its visible label in any language of the pack ({ en: "Yes", sv: "Ja" }), or { position: N } counted from 1.'),
        ),
      ),
      optionIn: v.optional(
        v.pipe(
          v.array(OptionRefSchema, 'must be a list of option values, labels or positions'),
          v.minLength(1, 'must list at least one option'),
          v.maxLength(L.maxPhrases, `lists more than ${L.maxPhrases} options`),
          v.description('The chosen option is one of these (values, labels in any language, or { position: N }).'),
        ),
      ),
      number: v.optional(v.pipe(NumberRange, v.description('The answer is a number in this range (inclusive).'))),
      text: v.optional(PhraseList),
      mentions: v.optional(
        v.pipe(
          ConceptList,
          v.description('The free-text answer mentions this concept (or one of these), in any person, inflection or pack language, typos allowed: built-in suicide, self-harm, domestic-violence, child-exposed-to-violence, substance-use, criminal-justice, or a concept of the pack\'s lexicon. A negated mention ("not suicidal") gives a quiet check-in instead.'),
        ),
      ),
      anyOf: v.optional(v.pipe(conditionGroup(), v.description('At least one of these conditions holds.'))),
      allOf: v.optional(v.pipe(conditionGroup(), v.description('All of these conditions hold.'))),
    },
    `must be a condition: an object with one of ${CONDITION_KINDS}`,
  ),
  v.minEntries(1, `needs one of ${CONDITION_KINDS}`),
  v.maxEntries(1, `must hold exactly one of ${CONDITION_KINDS}; combine several with anyOf or allOf`),
);

const SafetyResource = v.strictObject(
  {
    name: LocalizedStringSchema,
    phone: v.optional(
      v.pipe(
        v.string('must be a phone number (text, in quotes in YAML)'),
        v.regex(/^\+?[0-9][0-9 ()-]{1,23}$/, 'must be a phone number: digits, spaces, "-", "(", ")" and an optional leading "+"'),
      ),
    ),
    url: v.optional(
      v.pipe(
        v.string('must be a web address (text)'),
        v.regex(/^https?:\/\/[^\s<>"]+$/, 'must be a web address starting with https:// or http://'),
        v.maxLength(500, 'is longer than 500 characters'),
      ),
    ),
    hours: v.optional(LocalizedStringSchema),
    example: v.optional(
      v.pipe(
        v.boolean('must be true or false'),
        v.description('True when this is an example that each organisation must confirm (or replace) for its own area.'),
      ),
      false,
    ),
    languages: v.optional(
      v.pipe(
        v.array(LanguageCodeSchema, 'must be a list of language codes'),
        v.minLength(1, 'must list at least one language'),
        v.maxLength(L.maxLanguages, `lists more than ${L.maxLanguages} languages`),
        v.description('Shown only when the card is in one of these languages: a pack used in two countries lists each country\'s services under its language. Absent: always shown.'),
      ),
    ),
  },
  'must be a safety resource: { name, phone?, url?, hours?, example?, languages? }',
);

const FollowUp = v.strictObject(
  {
    id: Id,
    when: ConditionSchema,
    severity: v.optional(
      v.picklist(['info', 'warning', 'critical'], 'must be one of: info, warning, critical'),
      'info',
    ),
    summary: v.optional(
      v.pipe(
        localizedString(OneLine),
        v.description(`One line (at most ${MAX_SUMMARY_LENGTH} characters) shown above the prompt: what this follow-up is about, read at a glance.`),
      ),
    ),
    prompt: v.pipe(LocalizedStringSchema, v.description('What the adviser sees: a humane next thing to say or do.')),
    resources: v.optional(
      v.pipe(v.array(SafetyResource, 'must be a list of safety resources'), v.maxLength(L.maxResources, `lists more than ${L.maxResources} resources`)),
      [],
    ),
    nextSteps: v.optional(
      v.pipe(
        v.array(LocalizedStringSchema, 'must be a list of steps'),
        v.maxLength(L.maxNextSteps, `lists more than ${L.maxNextSteps} steps`),
        v.description('A checklist: the adviser ticks each step done (several may be), kept for the interview.'),
      ),
      [],
    ),
  },
  'must be a follow-up: { id, when, severity, summary?, prompt, resources?, nextSteps? }',
);

/** `suicide-risk` (fires at its declared severity) or `suicide-risk:check-in`. */
const ExpectedFollowUp = v.pipe(
  v.string('must be a follow-up id, optionally with ":severity"'),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*(?::(?:info|warning|critical|check-in))?$/,
    'must be a follow-up id, optionally followed by ":info", ":warning", ":critical" or ":check-in"',
  ),
  v.maxLength(80, 'is longer than 80 characters'),
);

/**
 * An example answer with what must (not) follow: `pack test` and `pack lint` run
 * these. Exactly one of text, option or number (checked in
 * rules/check-pack-consistency.ts). `fires: []` with no notFires: nothing at all may fire.
 */
const Example = v.strictObject(
    {
      lang: v.pipe(LanguageCodeSchema, v.description('Language the answer is written in.')),
      text: v.optional(v.pipe(v.string(TEXT), v.maxLength(L.maxStringLength, `is longer than ${L.maxStringLength} characters`))),
      option: v.optional(
        v.union(
          [
            v.pipe(v.string(TEXT), v.maxLength(200, 'is longer than 200 characters')),
            v.strictObject({ position: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'counts from 1')) }),
          ],
          'must be the chosen option\'s label or value, or { position: N }',
        ),
      ),
      number: v.optional(v.number('must be a number')),
      fires: v.optional(
        v.pipe(
          v.array(ExpectedFollowUp, 'must be a list of follow-up ids'),
          v.maxLength(L.maxFollowUpsPerItem, `lists more than ${L.maxFollowUpsPerItem} follow-ups`),
          v.description('Follow-ups that must fire: "id" at its declared severity, or "id:severity" (check-in for a negated mention).'),
        ),
      ),
      notFires: v.optional(
        v.pipe(
          v.array(Id, 'must be a list of follow-up ids'),
          v.maxLength(L.maxFollowUpsPerItem, `lists more than ${L.maxFollowUpsPerItem} follow-ups`),
          v.description('Follow-ups that must not fire at info, warning or critical (a quiet check-in is allowed).'),
        ),
      ),
      note: v.optional(v.pipe(LocalizedStringSchema, v.description('Why this example is here, for the methods group.'))),
    },
  'must be an example answer: { lang, text | option | number, fires?, notFires?, note? }',
);

/**
 * How a rewording is meant to be asked. `open` invites the client's own words;
 * `direct` is a safety question asked plainly on purpose ("Has anyone hurt you?"),
 * as screening guidance advises; `fact` asks for a number or a date. The linter
 * expects `open` rewordings to be open questions and leaves the other two alone.
 */
export const REWORDING_KINDS = ['open', 'direct', 'fact'] as const;

const Rewording = v.strictObject(
  {
    text: v.pipe(LocalizedStringSchema, v.description('A way to ask the question aloud.')),
    kind: v.optional(
      v.pipe(
        v.picklist(REWORDING_KINDS, 'must be one of: open, direct, fact'),
        v.description('open (default): an open question; direct: a safety question asked plainly on purpose; fact: asks for a number or a date.'),
      ),
      'open',
    ),
    whenToUse: v.optional(v.pipe(LocalizedStringSchema, v.description('When this rewording fits best.'))),
  },
  'must be a rewording: { text, kind?, whenToUse? }',
);

const Why = v.strictObject(
  {
    purpose: v.pipe(LocalizedStringSchema, v.description('Why we ask, in words a client understands.')),
    basis: v.optional(v.pipe(LocalizedStringSchema, v.description('The rule, guideline or law behind the question.'))),
    whoSees: v.optional(v.pipe(LocalizedStringSchema, v.description('Who will see the answer.'))),
    whatNext: v.optional(v.pipe(LocalizedStringSchema, v.description('What happens with the answer.'))),
  },
  'must be { purpose, basis?, whoSees?, whatNext? }',
);

const Locators = v.strictObject(
  {
    selector: v.optional(v.pipe(textList(L.maxLocatorsPerKind), v.description('CSS selector(s) of the field in this case system.'))),
    name: v.optional(
      v.pipe(
        textList(L.maxLocatorsPerKind),
        v.description('Pattern(s) for the field\'s name or id attribute; * matches any run of characters. Case-insensitive.'),
      ),
    ),
    label: v.optional(
      v.pipe(
        LocalizedListSchema,
        v.description('The field\'s label as the case system shows it, per language. Numbering ("3.4"), case and punctuation are ignored. The question text always counts as a label too.'),
      ),
    ),
  },
  'must be { selector?, name?, label? }',
);

const Code = v.strictObject(
  {
    system: v.pipe(v.string(TEXT), v.regex(/\S/, 'must not be empty'), v.maxLength(200, 'is longer than 200 characters')),
    code: v.pipe(v.string('must be text (in quotes in YAML)'), v.regex(/\S/, 'must not be empty'), v.maxLength(64, 'is longer than 64 characters')),
  },
  'must be { system, code }',
);

const Item = v.strictObject(
  {
    id: Id,
    code: v.optional(v.pipe(Code, v.description('A code from a code system, e.g. { system: "http://loinc.org", code: "44249-1" }.'))),
    section: v.optional(v.pipe(Id, v.description('Id of the section this item belongs to; defaults to the first section.'))),
    question: v.pipe(LocalizedStringSchema, v.description('The official question text, per language.')),
    locators: v.optional(Locators, {}),
    required: v.optional(v.boolean('must be true or false'), false),
    sensitivity: v.optional(
      v.picklist(['none', 'personal', 'sensitive', 'safety-critical'], 'must be one of: none, personal, sensitive, safety-critical'),
      'none',
    ),
    rewordings: v.pipe(
      v.array(Rewording, 'must be a list of rewordings'),
      v.minLength(1, 'needs at least one open rewording'),
      v.maxLength(L.maxRewordingsPerItem, `lists more than ${L.maxRewordingsPerItem} rewordings`),
    ),
    why: v.optional(Why),
    sayFirst: v.optional(
      v.pipe(
        LocalizedStringSchema,
        v.description('Said before the question: that everyone is asked it, and when an answer must be passed on (e.g. a child at risk).'),
      ),
    ),
    worry: v.optional(
      v.pipe(LocalizedStringSchema, v.description('The question asked as a worry (1 no worries … 7 very deep worry) instead of as a problem.')),
    ),
    options: v.optional(
      v.pipe(
        v.array(LocalizedStringSchema, 'must be a list of option labels'),
        v.minLength(1, 'must list at least one option'),
        v.maxLength(L.maxOptions, `lists more than ${L.maxOptions} options`),
        v.description('The answer options as the case system lists them, in order, e.g. [{ en: "Yes", sv: "Ja" }, …]; the practice page\'s simulated form shows them. Absent: a free-text answer.'),
      ),
    ),
    followUps: v.optional(
      v.pipe(
        v.array(FollowUp, 'must be a list of follow-ups'),
        v.maxLength(L.maxFollowUpsPerItem, `lists more than ${L.maxFollowUpsPerItem} follow-ups`),
      ),
      [],
    ),
    examples: v.optional(
      v.pipe(
        v.array(Example, 'must be a list of example answers'),
        v.maxLength(L.maxExamplesPerItem, `lists more than ${L.maxExamplesPerItem} examples`),
        v.description('Example answers and the follow-ups they must (not) bring up; run by `adviser-coach pack test`.'),
      ),
      [],
    ),
  },
  'must be an item: { id, question, rewordings, … }',
);

const LexiconWords = phraseArray(L.maxLexiconPhrases, '; split the concept or keep the words that matter');

/**
 * The pack's own words per concept and language: added to a built-in concept
 * (suicide, self-harm, …) or, under a new id, a concept only this pack uses.
 */
const Lexicon = v.pipe(
  v.record(
    ConceptId,
    v.pipe(
      v.record(LanguageCodeSchema, LexiconWords, 'must be a map from language code to a list of words or phrases'),
      v.minEntries(1, 'needs words in at least one language'),
    ),
    'must be a map from concept id to { en: [...], sv: [...], nb: [...] }',
  ),
  v.maxEntries(L.maxLexiconConcepts, `defines more than ${L.maxLexiconConcepts} concepts`),
  v.description('Words the pack adds to a built-in concept (suicide, self-harm, domestic-violence, child-exposed-to-violence, substance-use, criminal-justice) or defines as its own concept, per language; used by `mentions`.'),
);

const Section = v.strictObject(
  {
    id: Id,
    title: LocalizedStringSchema,
    description: v.optional(LocalizedStringSchema),
    precheck: v.optional(
      v.pipe(
        v.array(LocalizedStringSchema, 'must be a list of things to check'),
        v.minLength(1, 'must list at least one thing to check'),
        v.maxLength(L.maxNextSteps, `lists more than ${L.maxNextSteps} things to check`),
        v.description('Checked before the section\'s questions, e.g. "Is the client alone and safe to talk?"; shown when the adviser first reaches one of its fields.'),
      ),
    ),
  },
  'must be a section: { id, title, description?, precheck? }',
);

const HostBindings = v.strictObject(
  {
    match: v.pipe(
      v.array(v.pipe(v.string(TEXT), v.maxLength(500, 'is longer than 500 characters')), 'must be a list of URL match patterns'),
      v.minLength(1, 'needs at least one URL match pattern'),
      v.maxLength(L.maxHostPatterns, `lists more than ${L.maxHostPatterns} patterns`),
      v.description('URL match patterns where the pack applies, e.g. "https://cases.example.org/*".'),
    ),
    caseId: v.optional(
      v.pipe(
        v.strictObject(
          {
            selector: v.optional(v.pipe(v.string(TEXT), v.maxLength(500, 'is longer than 500 characters'))),
            urlParam: v.optional(v.pipe(v.string(TEXT), v.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a URL query parameter name'))),
          },
          'must be { selector?, urlParam? }',
        ),
        v.minEntries(1, 'needs selector, urlParam or both'),
        v.description('Where the case system shows the case identifier, so notes can be filed per case (only a keyed hash of it is stored).'),
      ),
    ),
  },
  'must be { match, caseId? }',
);

const ChangelogEntry = v.strictObject(
  {
    version: SemVer,
    date: v.optional(v.pipe(v.string('must be a date like "2026-11-23"'), v.isoDate('must be a date like 2026-11-23'))),
    changes: LocalizedStringSchema,
  },
  'must be a changelog entry: { version, date?, changes }',
);

/**
 * What a trainer wants the adviser to practise at a step; the practice page gives
 * feedback on each (issue "practice mode"):
 * - `ask-open`: ask the question openly (rules/question-form.ts);
 * - `explain-why-first`: say why the question is asked before or with it;
 * - `acknowledge`: acknowledge what the client said before moving on;
 * - `explicit-invitation`: invite the client explicitly to take up support or
 *   to raise something ("Would you like me to book…", "If anything happens you
 *   can always tell me");
 * - `reflect-before-next`: reflect what was heard before the next question;
 * - `safe-setting-first`: do not ask it where it is not safe (a relative
 *   interprets, a partner listens): ask to speak with the client alone, or
 *   leave it for a meeting alone with a professional interpreter. Met only if
 *   the question was not put to the client in this meeting.
 * The trainer editor lists these, in this order (entrypoints/options/trainer).
 */
export const PRACTICE_GOALS = ['ask-open', 'explain-why-first', 'acknowledge', 'explicit-invitation', 'reflect-before-next', 'safe-setting-first'] as const;

const PracticeGoal = v.picklist(PRACTICE_GOALS, `must be one of ${PRACTICE_GOALS.join(', ')}`);

/** Who interprets: nobody, a professional interpreter, or a family member (a risk the scenario can rehearse). */
export const INTERPRETERS = ['none', 'professional', 'family-member'] as const;

const Persona = v.strictObject(
  {
    name: v.pipe(Text, v.description('The simulated client\'s name, as the adviser would address them.')),
    situation: v.pipe(LocalizedStringSchema, v.description('Their situation, for the trainer and the adviser.')),
    language: v.pipe(LanguageCodeSchema, v.description('The language the client speaks in the meeting (with an interpreter, their own).')),
    wants: v.pipe(LocalizedStringSchema, v.description('What the client wants from the meeting.')),
    interpreter: v.optional(
      v.pipe(v.picklist(INTERPRETERS, `must be one of ${INTERPRETERS.join(', ')}`), v.description('Who interprets: none, professional or family-member.')),
      'none',
    ),
  },
  'must be a persona: { name, situation, language, wants, interpreter? }',
);

/** How the adviser asked, for a variant of the client's answer; at least one of the two. */
const AskedHow = v.pipe(
  v.strictObject(
    {
      asked: v.optional(v.pipe(v.picklist(['open', 'closed'], 'must be open or closed'), v.description('The adviser asked an open or a closed question.'))),
      why: v.optional(v.pipe(v.picklist(['explained', 'not-explained'], 'must be explained or not-explained'), v.description('The adviser did or did not say why they ask.'))),
    },
    'must be { asked?, why? }',
  ),
  v.minEntries(1, 'needs asked, why or both'),
);

const ClientAnswer = {
  says: v.pipe(LocalizedStringSchema, v.description('What the simulated client says.')),
  value: v.optional(v.pipe(LocalizedStringSchema, v.description('What the adviser should enter in the form: an option\'s value or label, or the text.'))),
};

const ScenarioStep = v.strictObject(
  {
    item: v.pipe(Id, v.description('The pack item (question) this step plays.')),
    ...ClientAnswer,
    disclosure: v.optional(v.pipe(v.boolean('must be true or false'), v.description('A hard disclosure the adviser must respond to.')), false),
    variants: v.optional(
      v.pipe(
        v.array(
          v.strictObject({ when: AskedHow, ...ClientAnswer }, 'must be a variant: { when, says, value? }'),
          'must be a list of variants',
        ),
        v.maxLength(L.maxScenarioVariants, `lists more than ${L.maxScenarioVariants} variants`),
        v.description('Other answers depending on how the adviser asked; the first whose `when` fits is used.'),
      ),
      [],
    ),
    goals: v.optional(
      v.pipe(v.array(PracticeGoal, 'must be a list of goals'), v.description('What the adviser should practise at this step.')),
      [],
    ),
    debrief: v.optional(v.pipe(LocalizedStringSchema, v.description('Notes for the trainer\'s debrief of this step.'))),
  },
  'must be a scenario step: { item, says, value?, disclosure?, variants?, goals?, debrief? }',
);

/** A practice scenario: a simulated client and the steps of the interview the trainer scripted. */
const Scenario = v.strictObject(
  {
    id: Id,
    title: LocalizedStringSchema,
    persona: Persona,
    steps: v.pipe(
      v.array(ScenarioStep, 'must be a list of scenario steps'),
      v.minLength(1, 'needs at least one step'),
      v.maxLength(L.maxScenarioSteps, `lists more than ${L.maxScenarioSteps} steps`),
    ),
    debrief: v.optional(v.pipe(LocalizedStringSchema, v.description('Notes for the trainer\'s debrief of the whole session.'))),
  },
  'must be a scenario: { id, title, persona, steps, debrief? }',
);

const ScenarioList = v.pipe(
  v.array(Scenario, 'must be a list of practice scenarios'),
  v.maxLength(L.maxScenarios, `lists more than ${L.maxScenarios} scenarios`),
);

export const RulePackSchema = v.pipe(
  v.strictObject(
    {
      $schema: v.optional(v.pipe(v.string(TEXT), v.description('Path or URL of pack.schema.json, for editors.'))),
      format: v.optional(v.pipe(v.literal(1, 'must be 1 (the only format so far)'), v.description('Version of this file format.')), 1),
      id: v.pipe(Id, v.description('Stable id of the pack; a newer version of the same id replaces it.')),
      version: v.pipe(SemVer, v.description('Semantic version of this pack, e.g. "1.2.0".')),
      title: LocalizedStringSchema,
      description: v.optional(LocalizedStringSchema),
      languages: v.pipe(
        v.array(LanguageCodeSchema, 'must be a list of language codes'),
        v.minLength(1, 'needs at least one language'),
        v.maxLength(L.maxLanguages, `lists more than ${L.maxLanguages} languages`),
        v.description('Languages the pack is written in; the first is the default.'),
      ),
      organisation: v.pipe(LocalizedStringSchema, v.description('Who maintains the pack (methods group, organisation).')),
      changelog: v.optional(
        v.pipe(
          v.array(ChangelogEntry, 'must be a list of changelog entries'),
          v.maxLength(L.maxChangelogEntries, `lists more than ${L.maxChangelogEntries} entries`),
        ),
        [],
      ),
      minExtensionVersion: v.optional(v.pipe(SemVer, v.description('Oldest Adviser Coach version that understands this pack.'))),
      hosts: HostBindings,
      lexicon: v.optional(Lexicon),
      sections: v.pipe(
        v.array(Section, 'must be a list of sections'),
        v.minLength(1, 'needs at least one section'),
        v.maxLength(L.maxSections, `lists more than ${L.maxSections} sections`),
      ),
      items: v.pipe(
        v.array(Item, 'must be a list of items'),
        v.minLength(1, 'needs at least one item'),
        v.maxLength(L.maxItems, `lists more than ${L.maxItems} items`),
      ),
      scenarios: v.optional(ScenarioList),
    },
    'must be a rule pack: an object with id, version, title, languages, organisation, hosts, sections and items',
  ),
  v.title('Adviser Coach rule pack'),
  v.description('Open rewordings, reasons and follow-ups for the questions of a standardized interview.'),
);

/**
 * A stand-alone practice file: scenarios for an installed pack, shared between
 * trainers without editing the pack. `pack` names the pack's id; its items and
 * languages are checked when the file is attached (rules/practice-file.ts).
 */
export const PracticeFileSchema = v.pipe(
  v.strictObject(
    {
      $schema: v.optional(v.pipe(v.string(TEXT), v.description('Path or URL of practice.schema.json, for editors.'))),
      format: v.optional(v.pipe(v.literal(1, 'must be 1 (the only format so far)'), v.description('Version of this file format.')), 1),
      practice: v.pipe(Id, v.description('Id of the pack these scenarios play, e.g. "adviser-coach.social-assistance-ia".')),
      minPackVersion: v.optional(v.pipe(SemVer, v.description('Oldest version of that pack the scenarios fit.'))),
      scenarios: v.pipe(ScenarioList, v.minLength(1, 'needs at least one scenario')),
    },
    'must be a practice file: an object with practice (the pack id) and scenarios',
  ),
  v.title('Adviser Coach practice scenarios'),
  v.description('Simulated clients and scripted answers for practising a pack\'s interview.'),
);

export type RulePackInput = v.InferInput<typeof RulePackSchema>;
export type RulePack = v.InferOutput<typeof RulePackSchema>;
export type PackItem = RulePack['items'][number];
export type PackSection = RulePack['sections'][number];
export type PackFollowUp = PackItem['followUps'][number];
export type PackCondition = PackConditionInput;
export type PackResource = PackFollowUp['resources'][number];
export type PackScenario = NonNullable<RulePack['scenarios']>[number];
export type ScenarioStep = PackScenario['steps'][number];
export type PracticeGoal = (typeof PRACTICE_GOALS)[number];
export type PracticeFile = v.InferOutput<typeof PracticeFileSchema>;
export type LocalizedString = v.InferOutput<typeof LocalizedStringSchema>;
export type LocalizedList = v.InferOutput<typeof LocalizedListSchema>;
export type PhraseListValue = v.InferOutput<typeof PhraseList>;
export type OptionRef = v.InferOutput<typeof OptionRefSchema>;
export type PackExample = PackItem['examples'][number];
export type PackLexicon = NonNullable<RulePack['lexicon']>;

/** `{ position: N }` rather than a value or label. */
export function isPositionRef(option: OptionRef): option is { position: number } {
  return typeof option === 'object' && typeof (option as { position?: unknown }).position === 'number';
}
