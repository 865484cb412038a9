import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPack } from './load-pack';
import { formatIssue, formatPath } from './pack-issues';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

const PERSONA = { name: 'Sam', situation: 'Out of work for a year.', language: 'en', wants: 'Help with rent.' };
/** A practice scenario with these steps. */
const scenario = (...steps: object[]) => ({ id: 's', title: 'S', persona: PERSONA, steps });

/** A small valid pack; each bad case below breaks one thing in a copy of it. */
function basePack() {
  return {
    id: 'test.pack',
    version: '1.0.0',
    title: { en: 'Test pack', sv: 'Testpaket' },
    languages: ['en', 'sv'],
    organisation: 'Test group',
    hosts: { match: ['https://cases.example.org/*'], caseId: { urlParam: 'case' } },
    sections: [{ id: 'main', title: { en: 'Main', sv: 'Huvud' } }],
    items: [
      {
        id: 'mood',
        question: { en: 'How are you?', sv: 'Hur mår du?' },
        sensitivity: 'sensitive',
        rewordings: [{ text: { en: 'How have you been feeling?', sv: 'Hur har du mått?' } }],
        why: { purpose: { en: 'To help.', sv: 'För att hjälpa.' } },
        followUps: [
          {
            id: 'risk',
            when: { text: { en: ['suicid*'], sv: ['självmord*'] } },
            severity: 'critical',
            prompt: { en: 'Stop and listen.', sv: 'Stanna och lyssna.' },
            resources: [{ name: 'Emergency', phone: '112', example: true }],
            nextSteps: [{ en: 'Call 112 if in danger.', sv: 'Ring 112 vid fara.' }],
          },
        ],
      },
      { id: 'housing', question: 'Housing', rewordings: [{ text: 'How is your housing?' }] },
    ],
  };
}

type Pack = ReturnType<typeof basePack> & Record<string, unknown>;
type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function mutate(change: (pack: Mutable) => void): string {
  const pack: Pack = basePack();
  change(pack as Mutable);
  return stringify(pack);
}

const nest = (depth: number): Mutable => (depth === 0 ? { answered: true } : { anyOf: [nest(depth - 1)] });

interface BadCase {
  name: string;
  text: string;
  fileName?: string;
  path: string;
  message: RegExp;
}

const cases: BadCase[] = [
  // Reading the file
  { name: 'YAML syntax error', text: 'id: a\nitems: [\n  - b\n', path: '(root)', message: /YAML syntax/ },
  { name: 'duplicate YAML key', text: 'id: a\nid: b\n', path: '(root)', message: /YAML syntax: Map keys must be unique/ },
  { name: 'JSON syntax error', text: '{"id": "a",}', fileName: 'pack.json', path: '(root)', message: /JSON syntax/ },
  { name: 'empty file', text: '  \n', path: '(root)', message: /empty/ },
  { name: 'a list instead of a pack', text: '- a\n- b\n', path: '(root)', message: /must be a rule pack/ },
  { name: 'oversize input', text: `id: x\n# ${'x'.repeat(1_000_001)}\n`, path: '(root)', message: /a pack may be at most 1\.0 MB/ },
  { name: 'nesting too deep', text: `id: ${'['.repeat(40)}${']'.repeat(40)}\n`, path: 'id[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]', message: /nested more than 24/ },
  {
    name: 'YAML alias bomb',
    text: ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n'),
    path: '(root)',
    message: /alias/i,
  },
  // Wrong types and shapes
  { name: 'missing id', text: mutate((p) => delete p.id), path: 'id', message: /missing required field "id"/ },
  { name: 'version as a YAML number', text: mutate((p) => (p.version = 1.0)), path: 'version', message: /^must be a version in quotes, like "1\.0\.0": YAML reads 1 without quotes as a number$/ },
  { name: 'version not semantic', text: mutate((p) => (p.version = '1.0')), path: 'version', message: /semantic version/ },
  { name: 'format other than 1', text: mutate((p) => (p.format = 2)), path: 'format', message: /must be 1/ },
  { name: 'id with spaces', text: mutate((p) => (p.id = 'my pack')), path: 'id', message: /must be an id/ },
  { name: 'unknown top-level field', text: mutate((p) => (p.sectons = [])), path: 'sectons', message: /unknown field "sectons" \(did you mean "sections"\?\)/ },
  { name: 'unknown item field', text: mutate((p) => (p.items[1].rewording = 'x')), path: 'items[1].rewording', message: /unknown field "rewording" \(did you mean "rewordings"\?\)/ },
  { name: 'title of the wrong type', text: mutate((p) => (p.title = 5)), path: 'title', message: /must be text, or a map from language code to text.*: YAML reads 5 without quotes as a number; write "5"$/ },
  { name: 'wrong type inside a language map', text: mutate((p) => (p.title = { en: 'T', sv: ['x'] })), path: 'title.sv', message: /must be text; found a list/ },
  { name: 'language code not valid', text: mutate((p) => (p.languages = ['english'])), path: 'languages[0]', message: /language code/ },
  { name: 'language listed twice', text: mutate((p) => (p.languages = ['en', 'sv', 'en'])), path: 'languages[2]', message: /listed twice/ },
  { name: 'text in an undeclared language', text: mutate((p) => (p.items[0].question.de = 'Wie geht es?')), path: 'items[0].question.de', message: /language "de" is not in the pack's languages \(en, sv\)/ },
  { name: 'no rewordings', text: mutate((p) => (p.items[1].rewordings = [])), path: 'items[1].rewordings', message: /at least one open rewording/ },
  { name: 'blank text', text: mutate((p) => (p.items[1].rewordings[0].text = '   ')), path: 'items[1].rewordings[0].text', message: /must not be empty/ },
  { name: 'unknown sensitivity', text: mutate((p) => (p.items[0].sensitivity = 'secret')), path: 'items[0].sensitivity', message: /one of: none, personal, sensitive, safety-critical/ },
  { name: 'unknown severity', text: mutate((p) => (p.items[0].followUps[0].severity = 'urgent')), path: 'items[0].followUps[0].severity', message: /one of: info, warning, critical/ },
  // Follow-up summaries, rewording kinds, pre-checks
  { name: 'summary longer than 140 characters', text: mutate((p) => (p.items[0].followUps[0].summary = { en: 'x'.repeat(141), sv: 'Kort.' })), path: 'items[0].followUps[0].summary.en', message: /longer than 140 characters: a summary is one line/ },
  { name: 'summary on two lines', text: mutate((p) => (p.items[0].followUps[0].summary = 'Risk of suicide.\nAsk directly.')), path: 'items[0].followUps[0].summary', message: /must be one line/ },
  { name: 'unknown rewording kind', text: mutate((p) => (p.items[1].rewordings[0].kind = 'closed')), path: 'items[1].rewordings[0].kind', message: /one of: open, direct, fact/ },
  { name: 'empty pre-check', text: mutate((p) => (p.sections[0].precheck = [])), path: 'sections[0].precheck', message: /at least one thing to check/ },
  { name: 'HTML in a say-first text', text: mutate((p) => (p.items[0].sayFirst = 'I ask <i>everyone</i> this')), path: 'items[0].sayFirst', message: /HTML markup \(<i>\)/ },
  // Conditions
  { name: 'condition with two kinds', text: mutate((p) => (p.items[0].followUps[0].when = { answered: true, option: 'Yes' })), path: 'items[0].followUps[0].when', message: /exactly one of/ },
  { name: 'empty condition inside anyOf', text: mutate((p) => (p.items[0].followUps[0].when = { anyOf: [{ option: 'Yes' }, {}] })), path: 'items[0].followUps[0].when.anyOf[1]', message: /needs one of answered, option/ },
  { name: 'unknown condition kind', text: mutate((p) => (p.items[0].followUps[0].when = { anyOf: [{ contains: ['x'] }] })), path: 'items[0].followUps[0].when.anyOf[0].contains', message: /unknown field "contains"/ },
  { name: 'conditions nested too deep', text: mutate((p) => (p.items[0].followUps[0].when = nest(5))), path: 'items[0].followUps[0].when.anyOf[0].anyOf[0].anyOf[0].anyOf[0]', message: /nested more than 4 levels/ },
  { name: 'number range that cannot match', text: mutate((p) => (p.items[0].followUps[0].when = { number: { min: 5, max: 1 } })), path: 'items[0].followUps[0].when.number', message: /min \(5\) is larger than max \(1\)/ },
  { name: 'wildcard inside a word', text: mutate((p) => (p.items[0].followUps[0].when = { text: ['sui*cide'] })), path: 'items[0].followUps[0].when.text[0]', message: /\* can only end a word/ },
  { name: 'prefix too short', text: mutate((p) => (p.items[0].followUps[0].when = { text: { en: ['ki*'] } })), path: 'items[0].followUps[0].when.text.en[0]', message: /at least 3 letters before \*/ },
  { name: 'phrase too long', text: mutate((p) => (p.items[0].followUps[0].when = { text: ['one two three four five six seven eight nine'] })), path: 'items[0].followUps[0].when.text[0]', message: /at most 8/ },
  { name: 'phrases not a list', text: mutate((p) => (p.items[0].followUps[0].when = { text: 'suicide' })), path: 'items[0].followUps[0].when.text', message: /list of words or phrases/ },
  // Ids and references
  { name: 'duplicate item ids', text: mutate((p) => (p.items[1].id = 'mood')), path: 'items[1].id', message: /duplicate item id "mood"/ },
  { name: 'duplicate follow-up ids', text: mutate((p) => p.items[0].followUps.push({ ...p.items[0].followUps[0] })), path: 'items[0].followUps[1].id', message: /duplicate follow-up id "risk"/ },
  { name: 'duplicate section ids', text: mutate((p) => p.sections.push({ id: 'main', title: 'Again' })), path: 'sections[1].id', message: /duplicate section id/ },
  { name: 'unknown section', text: mutate((p) => (p.items[1].section = 'elsewhere')), path: 'items[1].section', message: /no section has the id "elsewhere"/ },
  { name: 'scenario step for an unknown item', text: mutate((p) => (p.scenarios = [scenario({ item: 'nope', says: 'x' })])), path: 'scenarios[0].steps[0].item', message: /no item has the id "nope"/ },
  { name: 'two steps for one item', text: mutate((p) => (p.scenarios = [scenario({ item: 'mood', says: 'x' }, { item: 'mood', says: 'y' })])), path: 'scenarios[0].steps[1].item', message: /item "mood" already has a step \(step 1\)/ },
  { name: 'duplicate scenario ids', text: mutate((p) => (p.scenarios = [scenario({ item: 'mood', says: 'x' }), scenario({ item: 'mood', says: 'y' })])), path: 'scenarios[1].id', message: /duplicate scenario id "s"/ },
  { name: 'a goal that does not exist', text: mutate((p) => (p.scenarios = [scenario({ item: 'mood', says: 'x', goals: ['be-nice'] })])), path: 'scenarios[0].steps[0].goals[0]', message: /must be one of ask-open, explain-why-first, acknowledge, explicit-invitation, reflect-before-next, safe-setting-first/ },
  { name: 'a goal twice', text: mutate((p) => (p.scenarios = [scenario({ item: 'mood', says: 'x', goals: ['acknowledge', 'acknowledge'] })])), path: 'scenarios[0].steps[0].goals[1]', message: /"acknowledge" is listed twice/ },
  { name: 'a variant for no particular way of asking', text: mutate((p) => (p.scenarios = [scenario({ item: 'mood', says: 'x', variants: [{ when: {}, says: 'y' }] })])), path: 'scenarios[0].steps[0].variants[0].when', message: /needs asked, why or both/ },
  { name: 'an interpreter of an unknown kind', text: mutate((p) => (p.scenarios = [{ ...scenario({ item: 'mood', says: 'x' }), persona: { ...PERSONA, interpreter: 'neighbour' } }])), path: 'scenarios[0].persona.interpreter', message: /none, professional, family-member/ },
  { name: 'a scenario without steps', text: mutate((p) => (p.scenarios = [scenario()])), path: 'scenarios[0].steps', message: /at least one step/ },
  { name: 'scenario text in an undeclared language', text: mutate((p) => (p.scenarios = [scenario({ item: 'mood', says: { en: 'x', nb: 'y' } })])), path: 'scenarios[0].steps[0].says.nb', message: /language "nb" is not in the pack's languages/ },
  // Hosts and resources
  { name: 'host pattern not a match pattern', text: mutate((p) => (p.hosts.match = ['cases.example.org'])), path: 'hosts.match[0]', message: /not a URL match pattern/ },
  { name: 'selector a browser refuses', text: mutate((p) => (p.items[0].locators = { selector: '#safe[' })), path: 'items[0].locators.selector', message: /not a CSS selector a browser accepts: expected attribute name at character 6/ },
  { name: 'selector of a pseudo-element', text: mutate((p) => (p.items[0].locators = { selector: ['#a', 'label::before'] })), path: 'items[0].locators.selector[1]', message: /pseudo-element/ },
  { name: 'case id selector a browser refuses', text: mutate((p) => (p.hosts.caseId = { selector: 'span:frist-child' })), path: 'hosts.caseId.selector', message: /unknown pseudo-class/i },
  { name: 'case id locator empty', text: mutate((p) => (p.hosts.caseId = {})), path: 'hosts.caseId', message: /selector, urlParam or both/ },
  { name: 'javascript: URL in a resource', text: mutate((p) => (p.items[0].followUps[0].resources[0].url = 'javascript:alert(1)')), path: 'items[0].followUps[0].resources[0].url', message: /https:\/\// },
  { name: 'phone number with letters', text: mutate((p) => (p.items[0].followUps[0].resources[0].phone = 'call 112')), path: 'items[0].followUps[0].resources[0].phone', message: /must be a phone number/ },
  { name: 'changelog date not a date', text: mutate((p) => (p.changelog = [{ version: '1.0.0', date: 'yesterday', changes: 'x' }])), path: 'changelog[0].date', message: /date like 2026-11-23/ },
  // HTML and size limits
  { name: 'HTML in text', text: mutate((p) => (p.items[1].rewordings[0].text = 'How <b>is</b> it?')), path: 'items[1].rewordings[0].text', message: /contains HTML markup \(<b>\)/ },
  { name: 'script tag in a prompt', text: mutate((p) => (p.items[0].followUps[0].prompt.en = '<script>alert(1)</script>')), path: 'items[0].followUps[0].prompt.en', message: /HTML markup \(<script>\)/ },
  { name: 'too many items', text: mutate((p) => (p.items = Array.from({ length: 501 }, (_, i) => ({ id: `i${i}`, question: `Q${i}`, rewordings: [{ text: 'How?' }] })))), path: 'items', message: /more than 500 items/ },
  { name: 'text too long', text: mutate((p) => (p.items[1].question = 'x'.repeat(2001))), path: 'items[1].question', message: /longer than 2000 characters/ },
];

describe('loadPack rejects bad packs with the right path', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('$name → $path', ({ text, fileName, path, message }) => {
    const result = loadPack(text, { fileName });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const match = result.errors.find((issue) => formatPath(issue.path) === path && message.test(issue.message));
    expect(match, `got:\n${result.errors.map(formatIssue).join('\n')}`).toBeDefined();
  });
});

describe('YAML slips said in the writer’s terms', () => {
  const messages = (text: string) => {
    const result = loadPack(text);
    return result.ok ? [] : result.errors.map(formatIssue);
  };

  it('a comma in unquoted text inside { … }: one message per map, with the texts in quotes as meant', () => {
    const text = mutate(() => undefined)
      .replace(/^title:\n( {2}.*\n)+/m, 'title: { en: Debts, money and bills, sv: Skulder, pengar och räkningar }\n')
      .replace(/^(\s+)question: Housing$/m, '$1question: { en: Rent, bills, arrears, sv: "Hyra och räkningar" }');
    expect(messages(text)).toEqual([
      'title: a comma in unquoted text ends the text inside { … }, so "money and bills", "pengar och räkningar" became fields of their own; put each text in quotes: { en: "Debts, money and bills", sv: "Skulder, pengar och räkningar" } (line 3, column 8)',
      expect.stringMatching(/^items\[1\]\.question: a comma in unquoted text ends the text inside \{ … \}, so "bills", "arrears" became fields of their own; put each text in quotes: \{ en: "Rent, bills, arrears", sv: "Hyra och räkningar" \} \(line \d+, column \d+\)$/),
    ]);
  });

  it.each([
    ['1.0', '"1.0.0"'],
    ['2', '"2.0.0"'],
    ['1.10', '"1.10.0"'],
  ])('version: %s asks for the version in quotes, like %s', (written, quoted) => {
    const text = mutate(() => undefined).replace(/^version: .*$/m, `version: ${written}`);
    expect(messages(text)).toEqual([`version: must be a version in quotes, like ${quoted}: YAML reads ${written} without quotes as a number (line 2, column 10)`]);
  });

  it('a quoted text with a comma, or a number in quotes, is read as written', () => {
    const text = mutate(() => undefined).replace(/^title:\n( {2}.*\n)+/m, 'title: { en: "Debts, money and bills", sv: "Skulder, pengar" }\n').replace(/^version: .*$/m, 'version: "1.0.0"');
    expect(messages(text)).toEqual([]);
  });
});

describe('loadPack accepts good packs', () => {
  it.each([
    ['rules/packs/social-assistance-initial-assessment.yaml', 38],
    ['rules/packs/work-focused-interview.yaml', 17],
    ['rules/fixtures/minimal-pack.yaml', 1],
  ])('%s', (path, items) => {
    const result = loadPack(read(`../${path}`), { fileName: path });
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    expect(result.pack.items).toHaveLength(items);
  });

  it('accepts a summary of exactly 140 characters, direct and fact rewordings, say-first and a pre-check', () => {
    const text = mutate((p) => {
      p.items[0].followUps[0].summary = { en: 'x'.repeat(140), sv: 'Risk för självmord: fråga rakt.' };
      p.items[0].rewordings.push({ text: 'Have you thought about ending your life?', kind: 'direct' });
      p.items[0].sayFirst = { en: 'I ask everyone this.', sv: 'Jag frågar alla det här.' };
      p.sections[0].precheck = [{ en: 'Is the client alone?', sv: 'Är klienten ensam?' }];
    });
    const result = loadPack(text);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.items[0]?.rewordings.map((r) => r.kind)).toEqual(['open', 'direct']);
    expect(result.pack.sections[0]?.precheck).toHaveLength(1);
  });

  it('accepts the same pack as JSON and fills in defaults', () => {
    const result = loadPack(JSON.stringify(basePack()), { fileName: 'pack.json' });
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
    expect(result.pack.format).toBe(1);
    expect(result.pack.items[1]).toMatchObject({ required: false, sensitivity: 'none', followUps: [], locators: {} });
  });

  it('keeps HTML-looking characters that are not markup as text', () => {
    const result = loadPack(mutate((p) => (p.items[1].question = 'Income < 5000 & rent > 2000?')));
    expect(result.ok).toBe(true);
  });
});

describe('positions', () => {
  it('gives the line and column of a YAML validation error', () => {
    const text = 'id: test.pack\nversion: "1.0.0"\ntitle: T\nlanguages: [en]\norganisation: O\nhosts: { match: ["https://a.example/*"] }\nsections: [{ id: s, title: S }]\nitems:\n  - id: a\n    question: Q\n    rewordings: [{ text: 5 }]\n';
    const result = loadPack(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line: 11, column: 26 });
    expect(formatIssue(result.errors[0]!)).toBe(
      'items[0].rewordings[0].text: must be text, or a map from language code to text (en: …, sv: …): YAML reads 5 without quotes as a number; write "5" (line 11, column 26)',
    );
  });

  it('gives the line of a JSON syntax error', () => {
    const result = loadPack('{\n  "id": "a",\n  oops\n}', { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBe(3);
  });

  it('gives line numbers for validation errors in JSON files too', () => {
    const pack = basePack() as Mutable;
    pack.version = 2;
    const result = loadPack(JSON.stringify(pack, null, 2), { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: ['version'], line: 3 });
  });

  it('caps the number of errors reported', () => {
    const result = loadPack(mutate((p) => (p.items = Array.from({ length: 300 }, () => ({ id: 'x y', question: 5, rewordings: 'no' })))));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(101);
      expect(result.errors[100]?.message).toMatch(/and \d+ more problems/);
    }
  });
});
