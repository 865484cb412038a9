import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { lintPack } from './lint-pack';
import { loadPack } from './load-pack';
import { formatIssue, formatPath } from './pack-issues';
import type { RulePack } from './pack-schema';

function load(text: string): RulePack {
  const result = loadPack(text);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.pack;
}

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A pack that lints clean; each case below spoils one thing. */
function cleanPack(): Mutable {
  return {
    id: 'lint.test',
    version: '1.1.0',
    title: { en: 'Lint test', sv: 'Linttest' },
    languages: ['en', 'sv'],
    organisation: 'Group',
    changelog: [{ version: '1.1.0', changes: { en: 'Changes', sv: 'Ändringar' } }],
    hosts: { match: ['https://cases.example.org/*'] },
    sections: [{ id: 'main', title: { en: 'Main', sv: 'Huvud' } }],
    items: [
      {
        id: 'mood',
        question: { en: 'How are you psychologically?', sv: 'Hur mår du psykiskt?' },
        required: true,
        sensitivity: 'safety-critical',
        locators: { selector: '#ctl00_Main_txaPsychological', name: 'ctl00$Main$txaPsychological', label: '3.4 How are you psychologically?' },
        rewordings: [{ text: { en: 'How have you been feeling lately?', sv: 'Hur har du mått på sistone?' } }],
        why: { purpose: { en: 'To help.', sv: 'För att hjälpa.' } },
        followUps: [
          {
            id: 'risk',
            when: { text: { en: ['suicid*'], sv: ['självmord*'] } },
            severity: 'critical',
            summary: { en: 'Risk of suicide: ask directly.', sv: 'Risk för självmord: fråga rakt.' },
            prompt: { en: 'Stop and listen.', sv: 'Stanna och lyssna.' },
            resources: [{ name: 'Emergency', phone: '112', example: true }],
            nextSteps: [{ en: 'Call 112 if in danger.', sv: 'Ring 112 vid fara.' }],
          },
        ],
      },
      { id: 'housing', question: { en: 'Housing', sv: 'Boende' }, rewordings: [{ text: { en: 'How is your housing?', sv: 'Hur bor du?' } }] },
    ],
  };
}

function lint(change: (pack: Mutable) => void = () => {}) {
  const pack = cleanPack();
  change(pack);
  return lintPack(load(stringify(pack))).map((w) => ({ rule: w.rule, path: formatPath(w.path), message: w.message }));
}

describe('lintPack', () => {
  it('finds nothing in a clean pack', () => expect(lint()).toEqual([]));

  it.each([
    ['a closed English rewording', (p: Mutable) => (p.items[1].rewordings[0].text.en = 'Do you rent your home?'), 'closed-rewording', 'items[1].rewordings[0].text.en'],
    ['a closed Swedish rewording', (p: Mutable) => (p.items[1].rewordings[0].text.sv = 'Bor du i hyresrätt?'), 'closed-rewording', 'items[1].rewordings[0].text.sv'],
    ['a statement with a question mark', (p: Mutable) => (p.items[1].rewordings[0].text.en = 'So you rent?'), 'closed-rewording', 'items[1].rewordings[0].text.en'],
    ['a question for one fact', (p: Mutable) => (p.items[1].rewordings[0].text.sv = 'Hur länge har du bott där?'), 'closed-rewording', 'items[1].rewordings[0].text.sv'],
    ['a Swedish tag question', (p: Mutable) => (p.items[1].rewordings[0].text.sv = 'Du hyr din lägenhet, eller hur?'), 'closed-rewording', 'items[1].rewordings[0].text.sv'],
    ['a rewording too long to say aloud', (p: Mutable) => (p.items[1].rewordings[0].text.en = `How is ${'your very nice '.repeat(12)}housing?`), 'rewording-too-long', 'items[1].rewordings[0].text.en'],
    ['the same rewording twice', (p: Mutable) => p.items[1].rewordings.push({ text: { en: 'How is your housing?', sv: 'Hur ser ditt boende ut?' } }), 'duplicate-rewording', 'items[1].rewordings[1].text.en'],
    ['a sensitive item without why', (p: Mutable) => delete p.items[0].why, 'sensitive-without-why', 'items[0]'],
    ['a sensitive item without follow-up', (p: Mutable) => { p.items[1].sensitivity = 'sensitive'; p.items[1].why = { purpose: 'x' }; }, 'sensitive-without-follow-up', 'items[1]'],
    ['a safety-critical item with no critical follow-up', (p: Mutable) => (p.items[0].followUps[0].severity = 'warning'), 'safety-critical-without-critical-follow-up', 'items[0].followUps'],
    ['a critical follow-up without a resource', (p: Mutable) => (p.items[0].followUps[0].resources = []), 'critical-without-resource', 'items[0].followUps[0]'],
    ['a critical follow-up without a next step', (p: Mutable) => (p.items[0].followUps[0].nextSteps = []), 'critical-without-next-step', 'items[0].followUps[0]'],
    ['a missing translation', (p: Mutable) => delete p.items[1].question.sv, 'missing-translation', 'items[1].question'],
    ['trigger words missing in a language', (p: Mutable) => delete p.items[0].followUps[0].when.text.sv, 'missing-translation', 'items[0].followUps[0].when.text'],
    ['a name pattern of wildcards only', (p: Mutable) => (p.items[0].locators.name = '**'), 'wildcard-name', 'items[0].locators.name'],
    ['a label that normalises to empty', (p: Mutable) => (p.items[0].locators.label = { en: ['3.4 ?', 'How are you?'] }), 'empty-label', 'items[0].locators.label.en[0]'],
    ['two items with the same label', (p: Mutable) => (p.items[1].locators = { label: 'How are you psychologically?' }), 'duplicate-label', 'items[1].locators'],
    ['a critical follow-up whose resources are all for another language', (p: Mutable) => (p.items[0].followUps[0].resources[0].languages = ['en']), 'critical-without-resource', 'items[0].followUps[0].resources'],
    ['a follow-up without a summary', (p: Mutable) => delete p.items[0].followUps[0].summary, 'follow-up-without-summary', 'items[0].followUps[0]'],
    ['a summary missing a language', (p: Mutable) => delete p.items[0].followUps[0].summary.sv, 'missing-translation', 'items[0].followUps[0].summary'],
    ['a direct question with nothing said first', (p: Mutable) => p.items[0].rewordings.push({ text: { en: 'Are you thinking of ending your life?', sv: 'Tänker du på att ta ditt liv?' }, kind: 'direct' }), 'direct-without-say-first', 'items[0].rewordings[1]'],
    ['a say-first missing a language', (p: Mutable) => (p.items[0].sayFirst = { en: 'I ask everyone this.' }), 'missing-translation', 'items[0].sayFirst'],
    ['a pre-check missing a language', (p: Mutable) => (p.sections[0].precheck = [{ en: 'Is the client alone?' }]), 'missing-translation', 'sections[0].precheck[0]'],
    ['no changelog entry for this version', (p: Mutable) => (p.version = '1.2.0'), 'changelog-missing-version', 'changelog'],
    [
      'a scenario answer that is not one of the item\'s options',
      (p: Mutable) => {
        p.items[1].options = [{ en: 'Own tenancy', sv: 'Eget hyreskontrakt' }, { en: 'Sublet', sv: 'Andrahand' }];
        p.scenarios = [{
          id: 's', title: { en: 'S', sv: 'S' },
          persona: { name: 'Ana', situation: { en: 'x', sv: 'x' }, language: 'sv', wants: { en: 'y', sv: 'y' } },
          steps: [{ item: 'housing', says: { en: 'I sublet.', sv: 'I andra hand.' }, value: { en: 'Sublet', sv: 'Andra hand' } }],
        }];
      },
      'scenario-value-not-an-option',
      'scenarios[0].steps[0].value.sv',
    ],
    [
      'a safety question played with a relative interpreting, without the safe-setting goal',
      (p: Mutable) => {
        p.scenarios = [{
          id: 's', title: { en: 'S', sv: 'S' },
          persona: { name: 'Ana', situation: { en: 'x', sv: 'x' }, language: 'ar', wants: { en: 'y', sv: 'y' }, interpreter: 'family-member' },
          steps: [{ item: 'mood', says: { en: 'She is fine.', sv: 'Hon mår bra.' }, goals: ['explain-why-first', 'ask-open'] }],
        }];
      },
      'scenario-asks-through-relative',
      'scenarios[0].steps[0].goals',
    ],
  ])('warns about %s', (_name, change, rule, path) => {
    const warnings = lint(change);
    expect(warnings, JSON.stringify(warnings, null, 1)).toContainEqual(expect.objectContaining({ rule, path }));
  });

  describe('option conditions', () => {
    /** "housing" asks yes or no (its options declared, or not) with a follow-up on `when`, and an example answer. */
    const onOption = (when: Mutable, { declared = true, example }: { declared?: boolean; example?: Mutable } = {}) => (p: Mutable) => {
      const item = p.items[1];
      if (declared) item.options = [{ en: 'Yes', sv: 'Ja' }, { en: 'No', sv: 'Nej' }];
      item.followUps = [{ id: 'ask-more', when, severity: 'info', summary: { en: 'Ask more.', sv: 'Fråga mer.' }, prompt: { en: 'Ask more.', sv: 'Fråga mer.' } }];
      if (example) item.examples = [example];
    };

    it('names an option the item does not declare, and the options it does', () => {
      expect(lint(onOption({ option: 'Maybe' }))).toEqual([
        {
          rule: 'option-not-declared',
          path: 'items[1].followUps[0].when.option',
          message: 'option "Maybe" is none of the options "housing" declares (Yes, No): unless it is the case system\'s value for one of them, the follow-up never appears for it; name one of those, or its { position: N }',
        },
      ]);
      expect(lint(onOption({ anyOf: [{ optionIn: ['No', { en: 'Perhaps', sv: 'Kanske' }] }, { option: { position: 3 } }] })).map((w) => [w.rule, w.path, w.message.split(':')[0]])).toEqual([
        ['option-not-declared', 'items[1].followUps[0].when.anyOf[0].optionIn[1]', 'option "Perhaps" is none of the options "housing" declares (Yes, No)'],
        ['option-not-declared', 'items[1].followUps[0].when.anyOf[1].option', 'option { position'],
      ]);
    });

    it('takes one label of a declared option for all of its labels: "Yes" holds for "Ja", with no language warning', () => {
      expect(lint(onOption({ option: 'Yes' }, { example: { lang: 'sv', option: 'Ja', fires: ['ask-more'] } }))).toEqual([]);
      expect(lint(onOption({ optionIn: ['nej'] }, { example: { lang: 'en', option: 'No', fires: ['ask-more'] } }))).toEqual([]);
    });

    it('names only the languages that really lack a label (a plain label is in the pack\'s first language)', () => {
      expect(lint(onOption({ option: 'Yes' }, { declared: false })).map((w) => [w.rule, w.message.split(':')[0]])).toEqual([['option-label-missing-language', 'option "Yes" has no label in sv']]);
      expect(lint(onOption({ option: { sv: 'Ja' } }, { declared: false })).map((w) => w.message.split(':')[0])).toEqual(['option "Ja" has no label in en']);
    });
  });

  it('leaves safety questions asked directly, and questions for a number or a date, to their kind', () => {
    const direct = { en: 'Has anyone at home hurt or threatened you?', sv: 'Har någon hemma skadat eller hotat dig?' };
    const fact = { en: 'When did you last work?', sv: 'Hur många barn bor hos dig?' };
    const say = { en: 'I ask everyone this.', sv: 'Jag frågar alla det här.' };
    expect(lint((p) => { p.items[0].rewordings.push({ text: direct, kind: 'direct' }); p.items[0].sayFirst = say; })).toEqual([]);
    expect(lint((p) => p.items[1].rewordings.push({ text: fact, kind: 'fact' }))).toEqual([]);
    // The same texts as open rewordings are closed questions, and said so.
    expect(lint((p) => { p.items[0].rewordings.push({ text: direct }); p.items[0].sayFirst = say; }).map((w) => w.rule)).toEqual(['closed-rewording', 'closed-rewording']);
    expect(lint((p) => p.items[1].rewordings.push({ text: fact })).map((w) => w.rule)).toEqual(['closed-rewording', 'closed-rewording']);
  });

  it('says what a closed rewording should start with, per language', () => {
    const [warning] = lint((p) => (p.items[1].rewordings[0].text.sv = 'Har du en bostad?'));
    expect(warning?.message).toMatch(/"Har du en bostad\?" reads as a closed question \(it can be answered yes or no\).*"Hur", "Vad" or "Berätta"/);
  });

  it.each([
    ['Where do you live at the moment?', 'reads as a closed question (it asks for a single fact)'],
    ['Tell me whether you rent.', 'reads as a closed question (it asks whether, to be answered yes or no)'],
    ['You rent your flat, right?', 'reads as a statement to confirm, not an open question'],
    ['Your housing situation.', 'does not ask anything'],
  ])('says why "%s" is not an open rewording', (text, reason) => {
    const [warning] = lint((p) => (p.items[1].rewordings[0].text.en = text));
    expect(warning?.message).toContain(`"${text}" ${reason}; ask it openly`);
  });

  it('accepts open rewordings of every kind', () => {
    for (const text of ['Is there anything about your housing that worries you?', 'Tell me about your home. Do you like it?', 'Where would you like to live in a year?']) {
      expect(lint((p) => (p.items[1].rewordings[0].text.en = text)), text).toEqual([]);
    }
  });

  it.each(['social-assistance-initial-assessment.yaml', 'work-focused-interview.yaml'])('finds no warnings in the default pack %s', (name) => {
    const pack = load(readFileSync(new URL(`./packs/${name}`, import.meta.url), 'utf8'));
    expect(lintPack(pack).map(formatIssue)).toEqual([]);
  });
});
