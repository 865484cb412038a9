// Generated malformed and hostile pack files, deterministic from a seed: the same seed
// gives the same files, so a failure found once is found again. Used by
// tests/unit/pack-fuzz.test.ts (through the CLI's own check functions, and a few
// through the real CLI process) and tests/e2e/pack-fuzz.e2e.ts (imported through the
// options page's file input in Chromium).

/** What kind of harm a generated file tries. */
export type FuzzClass =
  | 'wrong-type'
  | 'huge-string'
  | 'deep-nesting'
  | 'html-script'
  | 'script-link'
  | 'user-info-link'
  | 'look-alike-host'
  | 'invisible-chars'
  | 'surrogate-nul'
  | 'utf16'
  | 'slow-triggers'
  | 'broken-syntax'
  | 'yaml-bomb'
  | 'oversize';

export interface FuzzCase {
  id: string;
  kind: FuzzClass;
  fileName: string;
  bytes: Uint8Array;
  /** What the pack is meant to exercise, for the tally. */
  note: string;
}

/** Mulberry32: a small seeded generator, enough to pick and vary. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FUZZ_PACK_ID = 'fuzz.base';

/**
 * The global the hostile payloads set if any of them ever runs (besides calling
 * `alert`): a browser test reads it, with `alert` and the console watched.
 */
export const FUZZ_SENTINEL = 'fuzzPayloadRan';

/**
 * What a plain refusal never looks like: a crash, a stack (V8's "    at …", Firefox's
 * "fn@file:1:2"), an engine's words or exception names, a value printed by mistake.
 */
export const NOT_PLAIN =
  /call stack|too much recursion|undefined|NaN|\[object|\b(?:Type|Range|Reference|Syntax|Internal|Eval|URI|Aggregate)Error\b|DOMException|QuotaExceeded|\n\s+at |@\S+:\d+:\d+/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Pack = { [key: string]: Json } & { items: { [key: string]: Json }[] };

/** A valid pack with one question and a follow-up: what every hostile case starts from. */
export function basePack(version = '2.0.0'): Pack {
  return {
    id: FUZZ_PACK_ID,
    version,
    title: 'Fuzz base pack',
    languages: ['en'],
    organisation: 'Fuzz methods group',
    hosts: { match: ['https://cases.example.org/*'] },
    sections: [{ id: 'main', title: 'Questions' }],
    items: [
      {
        id: 'mood',
        question: 'How are you psychologically?',
        rewordings: [{ text: 'How have you been feeling lately?' }],
        followUps: [
          {
            id: 'risk',
            when: { text: ['suicidal', 'end my life'] },
            severity: 'critical',
            prompt: 'Stop and ask directly about safety.',
            resources: [{ name: 'Helpline', phone: '+46 8 123 456', url: 'https://helpline.example.org/chat' }],
          },
        ],
      },
    ],
  };
}

const encoder = new TextEncoder();
const json = (value: unknown) => encoder.encode(JSON.stringify(value));

/** Paths of text fields in the base pack, where hostile strings go. */
const TEXT_FIELDS: ((p: Pack, v: string) => void)[] = [
  (p, v) => (p.title = v),
  (p, v) => (p.organisation = v),
  (p, v) => (p.items[0]!.question = v),
  (p, v) => (p.items[0]!.rewordings = [{ text: v }]),
  (p, v) => ((p.items[0]!.followUps as { prompt: Json }[])[0]!.prompt = v),
  (p, v) => ((p.items[0]!.followUps as { resources: { name: Json }[] }[])[0]!.resources[0]!.name = v),
];
const PHRASE_FIELD = (p: Pack, v: string) => ((p.items[0]!.followUps as { when: Json }[])[0]!.when = { text: [v, 'end my life'] });
const ID_FIELDS: ((p: Pack, v: string) => void)[] = [(p, v) => (p.items[0]!.id = v), (p, v) => (p.id = v), (p, v) => ((p.items[0]!.followUps as { id: Json }[])[0]!.id = v)];
const LINK_FIELD = (p: Pack, v: string) => ((p.items[0]!.followUps as { resources: { url: Json }[] }[])[0]!.resources[0]!.url = v);

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200e', '\u200f', '\u061c', '\u{E0041}', '\u180e', '\u3164'];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028'];
/** What a payload runs: an alert, and the sentinel set. */
const RUN = `alert(self.${FUZZ_SENTINEL}=1)`;
const HTML = [`<script>${RUN}</script>`, `<img src=x onerror=${RUN}>`, `<a href="javascript:${RUN}">click</a>`, '<iframe src=//evil.example>', `<svg onload=${RUN}>`, '<!-- x --><b>bold</b>', '<style>*{display:none}</style>'];
const SCRIPT_LINKS = [`javascript:${RUN}`, `JAVASCRIPT:${RUN}`, ` javascript:${RUN}`, `data:text/html,<script>${RUN}</script>`, 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://helpline.example.org/x', `jav\tascript:${RUN}`, 'https:alert(1)', '//evil.example/x'];
const USER_INFO = ['https://helpline.example.org@evil.example/', 'https://helpline.example.org:pw@evil.example/', 'https://user@helpline.example.org/', 'http://helpline.example.org%40evil.example@evil.example/', 'https://@evil.example/'];
const LOOK_ALIKE = ['https://hеlpline.example.org/', 'https://xn--hlpline-7gg.example.org/', 'https://helpIine.example.org/', 'https://helpline.example.org.evil.example/', 'https://ℎelpline.example.org/', 'https://helpline。example。org/'];
const WRONG_VALUES: Json[] = [null, 0, -1, 1e308, true, [], {}, [[]], { en: 5 }, ['x', 1], '', '   '];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

function withPack(change: (p: Pack) => void, version?: string): Pack {
  const pack = basePack(version);
  change(pack);
  return pack;
}

function setDeep(pack: Pack, rnd: () => number, value: Json): string {
  const targets: [string, (p: Pack) => void][] = [
    ['version', (p) => (p.version = value)],
    ['languages', (p) => (p.languages = value)],
    ['hosts', (p) => (p.hosts = value)],
    ['hosts.match', (p) => (p.hosts = { match: value })],
    ['sections', (p) => (p.sections = value)],
    ['items', (p) => (p.items = value as never)],
    ['items[0].rewordings', (p) => (p.items[0]!.rewordings = value)],
    ['items[0].followUps[0].when', (p) => ((p.items[0]!.followUps as { when: Json }[])[0]!.when = value)],
    ['items[0].followUps[0].severity', (p) => ((p.items[0]!.followUps as { severity: Json }[])[0]!.severity = value)],
    ['items[0].followUps[0].resources', (p) => ((p.items[0]!.followUps as { resources: Json }[])[0]!.resources = value)],
    ['title', (p) => (p.title = value)],
  ];
  const [name, set] = pick(rnd, targets);
  set(pack);
  return name;
}

function utf16(text: string, endian: 'le' | 'be', mark: boolean): Uint8Array {
  const units = [...(mark ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    out[i * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  });
  return out;
}

/** The YAML text of a value, by hand (flow style), so deep and odd values are written exactly as meant. */
function yamlOf(pack: Pack): string {
  return JSON.stringify(pack); // JSON is YAML; the .yaml name makes the YAML reader take it
}

/**
 * At least `perClass` files of each class (14 classes), deterministic from `seed`.
 * Every file keeps the id `fuzz.base` (version 2.0.0) where it has one, so a browser
 * test can install 1.0.0 first and see it stay in force.
 */
export function generateFuzzCases(seed = 20261129, perClass = 40): FuzzCase[] {
  const rnd = random(seed);
  const cases: FuzzCase[] = [];
  const add = (kind: FuzzClass, note: string, bytes: Uint8Array, fileName = rnd() < 0.5 ? 'pack.json' : 'pack.yaml') =>
    cases.push({ id: `${kind}-${cases.filter((c) => c.kind === kind).length}`, kind, fileName, bytes, note });

  for (let i = 0; i < perClass; i++) {
    const value = pick(rnd, WRONG_VALUES);
    const pack = basePack();
    const field = setDeep(pack, rnd, value);
    add('wrong-type', `${field} = ${JSON.stringify(value)}`, json(pack));
  }
  for (let i = 0; i < perClass; i++) {
    const length = pick(rnd, [2_001, 5_000, 50_000, 400_000, 999_000]);
    const where = Math.floor(rnd() * (TEXT_FIELDS.length + 2));
    const text = 'x'.repeat(length);
    const pack = withPack((p) => (where < TEXT_FIELDS.length ? TEXT_FIELDS[where]!(p, text) : where === TEXT_FIELDS.length ? PHRASE_FIELD(p, text.slice(0, 5000)) : ID_FIELDS[0]!(p, text)));
    add('huge-string', `${length} characters in field ${where}`, json(pack));
  }
  for (let i = 0; i < perClass; i++) {
    const depth = pick(rnd, [25, 26, 60, 200, 5_000, 100_000, 300_000]);
    const kind = pick(rnd, ['array', 'object', 'yaml-block', 'yaml-flow'] as const);
    let text: string;
    let fileName = 'pack.json';
    if (kind === 'array') text = `{"id":"${FUZZ_PACK_ID}","items":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    else if (kind === 'object') text = `{"id":"${FUZZ_PACK_ID}","items":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    else if (kind === 'yaml-flow') {
      text = `id: ${FUZZ_PACK_ID}\nitems: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      fileName = 'pack.yaml';
    } else {
      const levels = Math.min(depth, 1300);
      text = `id: ${FUZZ_PACK_ID}\nitems:\n${Array.from({ length: levels }, (_, l) => `${' '.repeat(l)}- `).join('\n')}x\n`;
      fileName = 'pack.yaml';
    }
    add('deep-nesting', `${kind} nested ${depth} deep`, encoder.encode(text), fileName);
  }
  for (let i = 0; i < perClass; i++) {
    const payload = pick(rnd, HTML);
    const where = Math.floor(rnd() * TEXT_FIELDS.length);
    add('html-script', `${payload} in text field ${where}`, json(withPack((p) => TEXT_FIELDS[where]!(p, `Before ${payload} after`))));
  }
  for (let i = 0; i < perClass; i++) {
    const link = pick(rnd, SCRIPT_LINKS);
    add('script-link', link, json(withPack((p) => LINK_FIELD(p, link))));
  }
  for (let i = 0; i < perClass; i++) {
    const link = pick(rnd, USER_INFO);
    add('user-info-link', link, json(withPack((p) => LINK_FIELD(p, link))));
  }
  for (let i = 0; i < perClass; i++) {
    const link = pick(rnd, LOOK_ALIKE);
    add('look-alike-host', link, json(withPack((p) => LINK_FIELD(p, link))));
  }
  for (let i = 0; i < perClass; i++) {
    const char = pick(rnd, INVISIBLE);
    const target = Math.floor(rnd() * 4);
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const pack = withPack((p) => {
      if (target === 0) PHRASE_FIELD(p, `sui${char}cidal`);
      else if (target === 1) ID_FIELDS[Math.floor(rnd() * ID_FIELDS.length)]!(p, `mo${char}od`);
      else if (target === 2) LINK_FIELD(p, `https://helpline.example.org/${char}chat`);
      else TEXT_FIELDS[Math.floor(rnd() * TEXT_FIELDS.length)]!(p, `Call ${char}654 321 8 64+ now`);
    });
    add('invisible-chars', `${code} in ${['a phrase', 'an id', 'a link', 'prose'][target]}`, json(pack));
  }
  for (let i = 0; i < perClass; i++) {
    const lone = rnd() < 0.5;
    const char = lone ? pick(rnd, ['\\ud800', '\\udfff', '\\udbff']) : pick(rnd, CONTROLS).codePointAt(0)!.toString(16).padStart(4, '0');
    const escaped = lone ? char : `\\u${char}`;
    const where = pick(rnd, ['"Fuzz base pack"', '"How are you psychologically?"', '"suicidal"', '"mood"', '"Helpline"']);
    const text = JSON.stringify(basePack()).replace(where, `${where.slice(0, -1)}${escaped}"`);
    add('surrogate-nul', `${lone ? 'lone surrogate' : 'control'} ${escaped} in ${where}`, encoder.encode(text), 'pack.json');
  }
  for (let i = 0; i < perClass; i++) {
    const endian = rnd() < 0.5 ? 'le' : 'be';
    const mark = rnd() < 0.6;
    const broken = rnd() < 0.2;
    const text = rnd() < 0.5 ? JSON.stringify(withPack((p) => (p.title = `UTF-16 fuzz ${i} – åäö`))) : yamlOf(withPack((p) => (p.title = `UTF-16 fuzz ${i} – æøå`)));
    let bytes = utf16(text, endian, mark);
    if (broken) bytes = bytes.subarray(0, bytes.length - 1);
    add('utf16', `UTF-16 ${endian.toUpperCase()} ${mark ? 'with' : 'without'} BOM${broken ? ', cut short' : ''}`, bytes);
  }
  for (let i = 0; i < perClass; i++) {
    const shape = pick(rnd, ['many', 'shared', 'nested', 'long-words', 'prefixes'] as const);
    const n = pick(rnd, [31, 101, 301, 1000]);
    const words = (make: (k: number) => string) => Array.from({ length: n }, (_, k) => make(k));
    const when: Json =
      shape === 'many'
        ? { anyOf: Array.from({ length: 20 }, (_, c) => ({ text: words((k) => `w${c}x${k.toString(36)}`).slice(0, 100) })) }
        : shape === 'shared'
          ? { text: words((k) => `i zorbel${k.toString(36)}`).slice(0, 100) }
          : shape === 'nested'
            ? { anyOf: [{ anyOf: [{ anyOf: [{ anyOf: [{ text: ['x1'] }, { anyOf: [{ text: ['deep'] }] }] }] }] }] }
            : shape === 'long-words'
              ? { text: words((k) => `${'a'.repeat(40)}${k} ${'b'.repeat(40)}`).slice(0, 100) }
              : { text: words((k) => `ab${String.fromCharCode(97 + (k % 26))}*`).slice(0, 100) };
    add('slow-triggers', `${shape} (${n})`, json(withPack((p) => ((p.items[0]!.followUps as { when: Json }[])[0]!.when = when))));
  }
  for (let i = 0; i < perClass; i++) {
    const good = JSON.stringify(basePack());
    const cut = Math.floor(rnd() * good.length);
    const variant = pick(rnd, ['truncated', 'garbage', 'yaml-tabs', 'duplicate-keys', 'empty', 'binary'] as const);
    const text =
      variant === 'truncated'
        ? good.slice(0, cut)
        : variant === 'garbage'
          ? good.slice(0, cut) + '}}]]"::' + good.slice(cut)
          : variant === 'yaml-tabs'
            ? `id: ${FUZZ_PACK_ID}\n\tversion: 2.0.0\n`
            : variant === 'duplicate-keys'
              ? `id: a\nid: b\nversion: 2.0.0\n`
              : variant === 'empty'
                ? pick(rnd, ['', '   \n', '---\n', 'null', '[]', '"just a string"', '42'])
                : '';
    const bytes = variant === 'binary' ? Uint8Array.from({ length: 200 + Math.floor(rnd() * 2000) }, () => Math.floor(rnd() * 256)) : encoder.encode(text);
    add('broken-syntax', variant, bytes, variant === 'yaml-tabs' || variant === 'duplicate-keys' ? 'pack.yaml' : undefined);
  }
  for (let i = 0; i < perClass; i++) {
    const levels = 3 + Math.floor(rnd() * 8);
    const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let l = 1; l <= levels; l++) lines.push(`a${l}: &a${l} [${Array.from({ length: 9 }, () => `*a${l - 1}`).join(', ')}]`);
    lines.push(`id: ${FUZZ_PACK_ID}`, 'version: 2.0.0', `title: *a${levels}`);
    add('yaml-bomb', `${levels} levels of 9 aliases`, encoder.encode(lines.join('\n')), 'pack.yaml');
  }
  for (let i = 0; i < perClass; i++) {
    const size = 1_000_001 + Math.floor(rnd() * 500_000);
    const pack = withPack((p) => (p.description = 'y'.repeat(size)));
    add('oversize', `${size} characters of description`, json(pack));
  }
  return cases;
}
