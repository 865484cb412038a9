// Packs that pass every other check but harm: invisible or reordering characters in
// ids, trigger phrases and links, and links whose text is not where they go.
/* eslint-disable @typescript-eslint/no-explicit-any -- the test edits a pack freely; its shape is what the validator judges */
import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack';
import { formatIssue } from './pack-issues';
import { unsafeCharacter } from './pack-characters';
import { checkLink } from './safe-link';

/** A JSON pack with one item and a follow-up; `change` edits it before it is written out. */
function pack(change: (p: Record<string, any>) => void = () => undefined): string {
  const p: Record<string, any> = {
    id: 'example.chars',
    version: '1.0.0',
    title: 'Characters',
    languages: ['en', 'ar'],
    organisation: 'Example methods group',
    hosts: { match: ['https://cases.example.org/*'] },
    sections: [{ id: 'main', title: 'Questions' }],
    items: [
      {
        id: 'mood',
        question: 'How are you psychologically?',
        rewordings: [{ text: { en: 'How have you been feeling lately?', ar: 'كيف تشعر مؤخرا؟' } }],
        followUps: [
          {
            id: 'risk',
            when: { text: ['suicidal', 'end my life'] },
            severity: 'critical',
            prompt: { en: 'Stop and ask directly about safety.', ar: 'توقف واسأل مباشرة عن السلامة.' },
            resources: [{ name: 'Helpline', phone: '+46 8 123 456', url: 'https://helpline.example.org/chat' }],
          },
        ],
      },
    ],
  };
  change(p);
  return JSON.stringify(p);
}

const errors = (text: string) => {
  const loaded = loadPack(text, { fileName: 'pack.json' });
  return loaded.ok ? [] : loaded.errors.map(formatIssue);
};

describe('characters a pack may not carry', () => {
  it('accepts the clean pack, and marks a right-to-left mark or a joiner in prose', () => {
    expect(errors(pack())).toEqual([]);
    expect(errors(pack((p) => (p.items[0].rewordings[0].text.ar = 'رقم \u200f112\u200f للطوارئ')))).toEqual([]);
  });

  it('refuses a zero-width space inside a trigger phrase, naming the field path', () => {
    const found = errors(pack((p) => (p.items[0].followUps[0].when.text[0] = 'sui\u200bcidal')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^items\[0\]\.followUps\[0\]\.when\.text\[0\]: contains a zero-width space \(U\+200B\) at character 4; it is invisible or changes how the text reads or matches; delete it \(retype the text around it if unsure\) \(line 1, column \d+\)$/,
    );
  });

  it('refuses bidi overrides and isolates anywhere, even in prose (they reorder a phone number on screen)', () => {
    const [override] = errors(pack((p) => (p.items[0].followUps[0].prompt.en = 'Call \u202e654 321 8 64+\u202c now.')));
    expect(override).toMatch(/^items\[0\]\.followUps\[0\]\.prompt\.en: contains a right-to-left override \(U\+202E\) at character 6;/);
    expect(errors(pack((p) => (p.title = 'A \u2067title\u2069')))[0]).toMatch(/^title: contains a right-to-left isolate \(U\+2067\)/);
  });

  it('refuses a direction mark in prose without right-to-left letters (it reorders a phone number), and keeps it in Arabic, Hebrew and Persian text', () => {
    for (const [mark, name] of [['\u200f', 'a right-to-left mark'], ['\u200e', 'a left-to-right mark'], ['\u061c', 'an Arabic letter mark']] as const) {
      const [found] = errors(pack((p) => (p.items[0].followUps[0].prompt.en = `Call ${mark}654 321 8 64+ now.`)));
      expect(found).toMatch(new RegExp(`^items\\[0\\]\\.followUps\\[0\\]\\.prompt\\.en: contains ${name} \\(U\\+${mark.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}\\) at character 6 in a text with no right-to-left letters \\(Arabic, Hebrew…\\), where it can only reorder what is around it, such as the groups of a phone number;`));
      // Next to a digit, after one, in a Swedish or Norwegian text, or a title: the same.
      expect(errors(pack((p) => (p.items[0].rewordings[0].text.sv = `Ring 112${mark} nu`)))).toHaveLength(1);
      expect(errors(pack((p) => (p.title = `Stöd${mark} för rådgivare`)))).toHaveLength(1);
    }
    // Beside right-to-left letters they do their job: a number, a sign or a Latin word placed among them (Arabic, Hebrew, Persian; the pack's right-to-left language is 'ar').
    expect(errors(pack((p) => (p.items[0].rewordings[0].text.ar = 'اتصل على \u200e+46 8 123 456\u200e الآن')))).toEqual([]);
    expect(errors(pack((p) => (p.items[0].rewordings[0].text.ar = 'התקשרו ל\u200f112\u200f עכשיו')))).toEqual([]);
    expect(errors(pack((p) => (p.items[0].rewordings[0].text.ar = 'می\u200cخواهم \u061c۱۱۲ زنگ بزنم')))).toEqual([]);
    // Arabic-Indic digits alone are not right-to-left letters; the joiners change no order and stay allowed.
    expect(errors(pack((p) => (p.items[0].rewordings[0].text.ar = '\u200f١١٢')))).toHaveLength(1);
    expect(errors(pack((p) => (p.items[0].rewordings[0].text.en = 'Family \u{1F468}\u200d\u{1F469}')))).toEqual([]);
  });

  it('refuses marks and joiners where text is matched: phrases, options, labels', () => {
    expect(errors(pack((p) => (p.items[0].followUps[0].when.text[1] = 'end my\u200dlife')))[0]).toMatch(/^items\[0\]\.followUps\[0\]\.when\.text\[1\]: contains a zero-width joiner/);
    expect(errors(pack((p) => (p.items[0].locators = { label: 'Mood\u200e' })))[0]).toMatch(/^items\[0\]\.locators\.label: contains a left-to-right mark/);
    expect(errors(pack((p) => (p.items[0].followUps[0].when.text[1] = 'end my\tlife')))[0]).toMatch(/contains a tab \(U\+0009\)/);
  });

  it('refuses NUL, other control characters, tag characters and lone surrogates, in values and in field names', () => {
    expect(errors(pack((p) => (p.organisation = 'Example\u0000group')))[0]).toMatch(/^organisation: contains a NUL character \(U\+0000\)/);
    expect(errors(pack((p) => (p.title = 'Title\u0007')))[0]).toMatch(/^title: contains a control character \(U\+0007\)/);
    expect(errors(pack((p) => (p.title = 'Title\u{E0041}')))[0]).toMatch(/^title: contains an invisible character \(U\+E0041\)/);
    expect(errors(pack().replace('"Characters"', '"Char\\ud800acters"'))[0]).toMatch(/^title: contains a broken character \(a lone UTF-16 surrogate, U\+D800\)/);
    expect(errors(pack((p) => (p['ti\u200btle'] = 'x')))[0]).toMatch(/^\["ti\u200btle"\]: the field name contains a zero-width space/);
  });

  it('finds a surrogate pair fine and a lone low surrogate refused', () => {
    expect(unsafeCharacter('help 🆘 now')).toBeUndefined();
    expect(unsafeCharacter('a\udc00b')).toMatch(/lone UTF-16 surrogate, U\+DC00/);
  });
});

describe('helpline links', () => {
  it('refuses a user name before "@" (the link would open the host after it)', () => {
    const found = errors(pack((p) => (p.items[0].followUps[0].resources[0].url = 'https://helpline.example.org@evil.example/chat')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^items\[0\]\.followUps\[0\]\.resources\[0\]\.url: carries a user name or password before "@", so it would open evil\.example, not what it seems to name; write the address without the part before "@" \(line 1, column \d+\)$/,
    );
    expect(checkLink('https://user:pw@helpline.example.org/')).toMatchObject({ ok: false });
    expect(checkLink('https://@evil.example/')).toMatchObject({ ok: false });
  });

  it('refuses javascript: and data: addresses, and addresses the parser cannot read', () => {
    expect(checkLink('javascript:alert(1)')).toMatchObject({ ok: false, problem: 'must be a web address starting with https:// or http://' });
    expect(checkLink('data:text/html,<script>1</script>')).toMatchObject({ ok: false });
    expect(checkLink('https://')).toMatchObject({ ok: false, problem: 'is not a web address a browser can open' });
    expect(errors(pack((p) => (p.items[0].followUps[0].resources[0].url = 'https://helpline.example.org/\u202echat')))[0]).toMatch(/right-to-left override/);
  });

  it('gives the host name as the URL parser reads it: a look-alike international name shows as xn--', () => {
    expect(checkLink('https://helpline.example.org/chat?x=1')).toEqual({ ok: true, href: 'https://helpline.example.org/chat?x=1', host: 'helpline.example.org' });
    // Cyrillic "е" in place of Latin "e".
    expect(checkLink('https://hеlpline.example.org/')).toMatchObject({ ok: true, host: 'xn--hlpline-7gg.example.org' });
    expect(checkLink('HTTPS://Helpline.Example.ORG')).toMatchObject({ ok: true, host: 'helpline.example.org' });
  });
});
