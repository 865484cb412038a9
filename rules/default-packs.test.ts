// @vitest-environment happy-dom
/**
 * The default packs as a whole: the social assistance pack is bound to the demo
 * case system (every item finds exactly one field there, by name and by label),
 * the hard cases from the domain brief get the follow-ups they need, and the
 * safety resources are marked as examples, with no invented numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../utils/normalize-text';
import type { AnswerValue, CompiledItem, CompiledPack } from './compiled-pack';
import { evaluateFollowUps } from './evaluate-follow-ups';
import { compileDefaultPacks } from './install-default-packs';
import { namePatternMatches } from './name-pattern';
import { loadPack } from './load-pack';
import { pickText, shownInLanguage } from './localized-text';
import { formatIssue } from './pack-issues';
import type { RulePack } from './pack-schema';

const { packs, problems } = compileDefaultPacks();
const pack = (id: string): CompiledPack => {
  const found = packs.find((p) => p.id === id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
};
const social = pack('adviser-coach.social-assistance-ia');
const work = pack('adviser-coach.work-focused-interview');
const concepts = { concepts: { ...social.concepts, ...work.concepts } };
const matchingFollowUps = (it: CompiledItem, answer: AnswerValue) => evaluateFollowUps(concepts, it, answer).map((hit) => hit.followUp);
const item = (p: CompiledPack, id: string): CompiledItem => {
  const found = p.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

// Vitest runs from the project root; happy-dom's URL does not resolve file URLs.
const DEMO = resolve('tests/e2e/fixtures/demo');

interface DemoField {
  page: number;
  label: string;
  names: string[];
}

/** Each question row of the demo's intake forms: its label as shown and its controls' names. */
function demoFields(): DemoField[] {
  const fields: DemoField[] = [];
  for (const page of [1, 2, 3, 4]) {
    const html = readFileSync(resolve(DEMO, `intake-${page}.html`), 'utf8');
    // Without its stylesheet and script: only the markup is read.
    const doc = new DOMParser().parseFromString(html.replace(/<(link|script)\b[^>]*>(<\/script>)?/g, ''), 'text/html');
    for (const row of doc.querySelectorAll('table.form tr')) {
      const cell = [...row.children].find((child) => child.classList.contains('lbl'));
      if (!cell) continue; // a row of an option list nested in a field
      const label = cell.textContent ?? '';
      const names = [...row.querySelectorAll('td.val [name]')].map((el) => el.getAttribute('name') ?? '');
      fields.push({ page, label: normalizeLabel(label), names: [...new Set(names)] });
    }
  }
  return fields;
}

describe('default packs', () => {
  it('compile without problems', () => {
    expect(problems).toEqual([]);
    expect(packs.map((p) => p.id)).toEqual(['adviser-coach.social-assistance-ia', 'adviser-coach.work-focused-interview']);
  });

  describe('social assistance pack in the demo case system', () => {
    const fields = demoFields();
    const byName = (it: CompiledItem) => fields.filter((f) => f.names.some((n) => it.locators.namePatterns.some((p) => namePatternMatches(p, n))));
    const byLabel = (it: CompiledItem) => fields.filter((f) => it.locators.labels.includes(f.label));

    it('has about 40 items in 4 segments, one for every question on the four intake pages', () => {
      expect(social.sections).toHaveLength(4);
      expect(social.items).toHaveLength(fields.length);
      expect(fields.length).toBeGreaterThanOrEqual(36);
    });

    it.each(social.items.map((i) => [i.id, i] as const))('%s is found by exactly one field, by name and by label', (_id, it) => {
      const named = byName(it);
      const labelled = byLabel(it);
      expect(named).toHaveLength(1);
      expect(labelled).toHaveLength(1);
      expect(labelled[0]).toBe(named[0]);
    });

    it('binds to the demo hosts and its case number', () => {
      expect(social.hostPatterns).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
      expect(social.caseId).toEqual({ urlParam: 'case', selector: '#case-number' });
    });
  });

  it('asks every mandatory sensitive topic of everyone, with a reason and a follow-up', () => {
    for (const id of ['psychological-health', 'alcohol', 'drugs', 'partner-violence', 'safe-at-home', 'children-exposed', 'criminal-record']) {
      const it1 = item(social, id);
      expect(it1.required, id).toBe(true);
      expect(['sensitive', 'safety-critical'], id).toContain(it1.sensitivity);
      expect(it1.why?.purpose.en, id).toBeTruthy();
      expect(it1.followUps.length, id).toBeGreaterThan(0);
    }
  });

  describe('"How are you psychologically?" answered with a suicide attempt', () => {
    const psych = item(social, 'psychological-health');
    it.each([
      "I've attempted suicide three times this year",
      'Honestly? I tried to kill myself in March.',
      'Jag har försökt ta mitt liv tre gånger i år.',
      'Självmordsförsök förra året',
    ])('%s → a critical, humane follow-up with safe next steps', (text) => {
      const [first] = matchingFollowUps(psych, { text, options: [] });
      expect(first?.severity).toBe('critical');
      expect(pickText(first?.prompt, ['en'])).toMatch(/form can wait.*Thank the client/s);
      expect(pickText(first?.prompt, ['sv'])).toMatch(/formuläret kan vänta/);
      expect(first?.nextSteps.length).toBeGreaterThanOrEqual(3);
      expect(first?.resources.some((r) => r.phone === '112')).toBe(true);
    });

    it('brings nothing critical for an ordinary answer', () => {
      expect(matchingFollowUps(psych, { text: "I'm fine, a bit tired from the move", options: [] })).toEqual([]);
      expect(matchingFollowUps(psych, { text: 'Quite anxious lately, not sleeping', options: [] }).map((f) => f.severity)).toEqual(['warning']);
    });
  });

  it('lets the self-support question be asked without presuming three months', () => {
    const outlook = item(social, 'self-support-outlook');
    const open = outlook.rewordings.filter((r) => !/three months|3 months/i.test(r.text.en ?? '') && !/tre månader/i.test(r.text.sv ?? ''));
    expect(open.length).toBe(outlook.rewordings.length);
    expect(matchingFollowUps(outlook, { text: '', options: ['very poor'] })[0]?.prompt.en).toMatch(/not failure/);
  });

  it('gives the work-focused interview explicit invitations to the support on offer', () => {
    expect(work.languages).toEqual(['en', 'nb']);
    const offers = ['support-on-offer', 'training', 'job-search-help', 'childcare'].map((id) => item(work, id));
    for (const offer of offers) {
      const prompts = offer.followUps.map((f) => `${f.prompt.en} ${f.prompt.nb}`).join(' ');
      expect(prompts, offer.id).toMatch(/"[^"]*(Would you like|Shall) [^"]*"/);
    }
    expect(item(work, 'confidence').rewordings[0]?.text.en).toMatch(/mean to you/);
  });

  it('marks every safety resource as an example to confirm, and uses only well-known public numbers', () => {
    const KNOWN = new Set([
      // Sweden
      '112', '1177', '90101', '020-50 50 50', '116 111',
      // Norway
      '113', '116 117', '116 123', '116 006',
      // United Kingdom: emergency, NHS 111, Samaritans (116 123), National Domestic Abuse Helpline, FRANK
      '999', '111', '0808 2000 247', '0300 123 6600',
    ]);
    for (const p of packs) {
      for (const it1 of p.items) {
        for (const followUp of it1.followUps) {
          for (const resource of followUp.resources) {
            expect(resource.example, `${p.id} ${it1.id} ${followUp.id}`).toBe(true);
            if (resource.phone) expect(KNOWN, resource.phone).toContain(resource.phone);
          }
        }
      }
    }
  });

  describe('safety items asked directly, on purpose', () => {
    const raw = (name: string) => parsePack(readFileSync(resolve('rules/packs', name), 'utf8'));
    const sources = [raw('social-assistance-initial-assessment.yaml'), raw('work-focused-interview.yaml')];

    it.each(packs.map((p) => [p.id, p] as const))('%s: every why gives purpose, basis, who sees it and what happens next, in every language', (_id, p) => {
      for (const it1 of p.items) {
        for (const field of ['purpose', 'basis', 'whoSees', 'whatNext'] as const) {
          for (const language of p.languages) expect(it1.why?.[field]?.[language], `${it1.id} why.${field} ${language}`).toBeTruthy();
        }
      }
    });

    it.each(packs.map((p) => [p.id, p] as const))('%s: every follow-up has a one-line summary in every language, at most 140 characters', (_id, p) => {
      for (const it1 of p.items) {
        for (const followUp of it1.followUps) {
          for (const language of p.languages) {
            const summary = followUp.summary?.[language] ?? '';
            expect(summary, `${it1.id}/${followUp.id} ${language}`).toMatch(/^[^\n]{10,140}$/);
          }
        }
      }
    });

    it.each(packs.map((p) => [p.id, p] as const))('%s: safety-critical items say something first and have a direct wording; their sections have a pre-check', (_id, p) => {
      const critical = p.items.filter((it1) => it1.sensitivity === 'safety-critical');
      expect(critical.length).toBeGreaterThanOrEqual(1);
      for (const it1 of critical) {
        for (const language of p.languages) expect(it1.sayFirst?.[language], `${it1.id} sayFirst ${language}`).toBeTruthy();
        // Free-text items are opened gently and asked directly in the follow-up; option items carry the direct wording.
        if (it1.id !== 'psychological-health') expect(it1.rewordings.some((r) => r.kind === 'direct'), it1.id).toBe(true);
        const section = p.sections.find((s) => s.id === it1.sectionId);
        expect(section?.precheck?.length, `${it1.id}: section ${it1.sectionId}`).toBeGreaterThanOrEqual(2);
      }
    });

    it('the work-focused interview covers violence, substances and criminal record, with UK help in English and Norwegian help in Norwegian', () => {
      for (const id of ['safety-at-home', 'alcohol-drugs', 'criminal-record']) {
        const it1 = item(work, id);
        expect(it1.required, id).toBe(true);
        expect(it1.followUps.length, id).toBeGreaterThan(0);
      }
      const phones = (itemId: string, followUpId: string, language: string) =>
        item(work, itemId).followUps.find((f) => f.id === followUpId)!.resources
          .filter((r) => shownInLanguage(r.languages, language))
          .map((r) => r.phone)
          .filter(Boolean);
      expect(phones('barriers', 'crisis', 'en')).toEqual(expect.arrayContaining(['999', '116 123']));
      expect(phones('barriers', 'crisis', 'nb')).toEqual(expect.arrayContaining(['113', '116 123']));
      expect(phones('barriers', 'crisis', 'en')).not.toContain('113');
      expect(phones('safety-at-home', 'violence-disclosed', 'en')).toContain('0808 2000 247');
      expect(phones('safety-at-home', 'violence-disclosed', 'nb')).toEqual(expect.arrayContaining(['116 006']));
      expect(phones('safety-at-home', 'violence-disclosed', 'nb')).not.toContain('0808 2000 247');
      expect(phones('alcohol-drugs', 'substance-support', 'en')).toContain('0300 123 6600');
      expect(phones('barriers', 'children-exposed', 'nb')).toContain('116 111');
    });

    it.each(sources.map((source) => [source.id, source] as const))(
      '%s: at least 10 example answers per critical follow-up and language, half of them must-not-fire',
      (_id, source) => {
        const critical = new Set<string>();
        for (const it1 of source.items) {
          for (const followUp of it1.followUps) if (followUp.severity === 'critical') critical.add(followUp.id);
        }
        expect(critical.size).toBeGreaterThan(0);
        for (const followUpId of critical) {
          for (const language of source.languages) {
            const examples = source.items.flatMap((it1) => it1.examples.filter((e) => e.lang === language));
            const fires = examples.filter((e) => e.fires?.some((f) => f.split(':')[0] === followUpId)).length;
            const notFires = examples.filter((e) => e.notFires?.includes(followUpId)).length;
            expect(fires + notFires, `${followUpId} ${language}`).toBeGreaterThanOrEqual(10);
            expect(notFires, `${followUpId} ${language}: must-not-fire`).toBeGreaterThanOrEqual(Math.ceil((fires + notFires) / 2) - 1);
          }
        }
      },
    );

    it.each(sources.map((source) => [source.id, source] as const))('%s: every sensitive item has example answers in every language', (_id, source) => {
      for (const it1 of source.items) {
        if (it1.sensitivity !== 'sensitive' && it1.sensitivity !== 'safety-critical') continue;
        for (const language of source.languages) expect(it1.examples.filter((e) => e.lang === language).length, `${it1.id} ${language}`).toBeGreaterThanOrEqual(2);
      }
    });
  });
});

function parsePack(text: string): RulePack {
  const result = loadPack(text);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.pack;
}
