import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compilePack } from './compile-pack';
import { loadPack } from './load-pack';
import type { RulePack } from './pack-schema';

const PACKS = ['social-assistance-initial-assessment.yaml', 'work-focused-interview.yaml'];

function load(text: string, fileName?: string): RulePack {
  const result = loadPack(text, { fileName });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}
const source = (name: string) => readFileSync(new URL(`./packs/${name}`, import.meta.url), 'utf8');

describe('compilePack', () => {
  it.each(PACKS)('is deterministic for %s: same JSON from YAML twice and from the same pack as JSON', (name) => {
    const text = source(name);
    const first = JSON.stringify(compilePack(load(text)));
    expect(JSON.stringify(compilePack(load(text)))).toBe(first);
    expect(JSON.stringify(compilePack(load(JSON.stringify(parse(text)), 'pack.json')))).toBe(first);
  });

  it('does not depend on the order languages are written in', () => {
    const a = load('id: p\nversion: 1.0.0\ntitle: {en: A, sv: B}\nlanguages: [en, sv]\norganisation: O\nhosts: {match: ["https://x.example/*"]}\nsections: [{id: s, title: S}]\nitems: [{id: i, question: Q, rewordings: [{text: How?}]}]\n');
    const b = load('id: p\nversion: 1.0.0\ntitle: {sv: B, en: A}\nlanguages: [en, sv]\norganisation: O\nhosts: {match: ["https://x.example/*"]}\nsections: [{id: s, title: S}]\nitems: [{id: i, question: Q, rewordings: [{text: How?}]}]\n');
    expect(JSON.stringify(compilePack(a))).toBe(JSON.stringify(compilePack(b)));
  });

  it('survives a JSON round trip unchanged (storage.local holds plain data)', () => {
    const compiled = compilePack(load(source(PACKS[0]!)));
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });

  const compiled = compilePack(load(source(PACKS[0]!)));
  const item = (id: string) => {
    const found = compiled.items.find((i) => i.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it('keeps pack metadata, host bindings and the case id locator', () => {
    expect(compiled).toMatchObject({
      format: 1,
      id: 'adviser-coach.social-assistance-ia',
      version: '1.3.1',
      languages: ['en', 'sv'],
      hostPatterns: ['http://127.0.0.1/*', 'http://localhost/*'],
      caseId: { urlParam: 'case', selector: '#case-number' },
    });
    expect(compiled.organisation?.sv).toMatch(/standardpaket/);
  });

  it('orders sections and their items as written', () => {
    expect(compiled.sections.map((s) => s.id)).toEqual(['household-housing-income', 'work-education-goals', 'health', 'safety-outlook']);
    expect(compiled.sections[2]?.itemIds[3]).toBe('psychological-health');
    expect(compiled.sections.flatMap((s) => s.itemIds)).toEqual(compiled.items.map((i) => i.id));
  });

  it('normalises labels once, without numbering, and adds the question text in every language', () => {
    // "3.4 How are you psychologically?" and the question are one label; the topic labels follow
    expect(item('psychological-health').locators.labels).toEqual(['how are you psychologically', 'psychological health', 'psykisk hälsa', 'hur mår du psykiskt']);
  });

  it('compiles name patterns into literal parts', () => {
    expect(item('psychological-health').locators.namePatterns).toEqual([
      { parts: ['ctl00$main$txapsychological'], anchoredStart: true, anchoredEnd: true },
    ]);
    expect(item('income-sources').locators.namePatterns).toEqual([
      { parts: ['ctl00$main$cblincomesources$'], anchoredStart: true, anchoredEnd: false },
    ]);
  });

  it('compiles conditions: concepts named, options normalised in every language, phrases tokenised, aliases shared', () => {
    const [risk, distress] = item('psychological-health').followUps;
    expect(risk?.severity).toBe('critical');
    expect(risk?.when).toEqual({ kind: 'mentions', concepts: ['suicide', 'self-harm'] });
    expect(distress?.when.kind).toBe('text-contains');
    if (distress?.when.kind === 'text-contains') {
      const written = distress.when.phrases.map((p) => `${p.lang}:${p.words.map((w) => w.w + (w.p ? '*' : '')).join(' ')}`);
      expect(written).toContain('en:depress*');
      expect(written).toContain('en:can not cope');
      expect(written).toContain('sv:angest*');
      expect(written).toContain('sv:sover daligt');
    }
    expect(item('health-comments').followUps[0]).toEqual(risk);
    expect(item('children-exposed').followUps[1]?.when).toEqual({ kind: 'option-in', values: ['don t know', 'vet inte'] });
    expect(item('self-support-outlook').followUps[0]?.when).toEqual({ kind: 'option-in', values: ['very poor', 'mycket dålig', '2'] });
  });

  it('stores plain text once, under the default language, and marks example resources', () => {
    const resources = item('psychological-health').followUps[0]!.resources;
    expect(resources[0]).toEqual({ name: { en: 'Emergency services (immediate danger)', sv: 'Larmnummer vid akut fara' }, phone: '112', hours: { en: 'Around the clock', sv: 'Dygnet runt' }, example: true });
    const minimal = compilePack(load(readFileSync(new URL('./fixtures/minimal-pack.yaml', import.meta.url), 'utf8')));
    expect(minimal.items[0]?.question).toEqual({ en: 'Current housing situation' });
  });

  it('drops name patterns that are all wildcards', () => {
    const pack = load('id: p\nversion: 1.0.0\ntitle: T\nlanguages: [en]\norganisation: O\nhosts: {match: ["https://x.example/*"]}\nsections: [{id: s, title: S}]\nitems: [{id: i, question: Q, locators: {name: ["**", "*txtRent"]}, rewordings: [{text: How?}]}]\n');
    expect(compilePack(pack).items[0]?.locators.namePatterns).toEqual([{ parts: ['txtrent'], anchoredStart: false, anchoredEnd: true }]);
  });
});
