// The people in the interface, named the same way on every screen. Norwegian Bokmål follows
// NAV usage: the adviser who meets the client is the "veileder" and the client the "bruker";
// so the supervisor who writes and signs packs is the "fagleder", the trainer the
// "kursholder", and what the extension does is "coaching" (never "veiledning", which is the
// adviser's own work with the client). Swedish: handläggare, klient, handledare, utbildare.
import { describe, expect, it } from 'vitest';
import { loadMessages } from './locale-messages';

const en = loadMessages('en');
const keysNaming = (word: RegExp) => Object.keys(en).filter((key) => word.test(en[key]!.message));

const ROLES = {
  nb: { adviser: /veileder/i, supervisor: /fagleder/i, trainer: /kursholder/i, notAdviser: /veileder/i },
  sv: { adviser: /handläggare/i, supervisor: /handledare/i, trainer: /utbildare/i, notAdviser: /handläggare/i },
} as const;

describe.each(Object.entries(ROLES))('people named in %s', (lang, roles) => {
  const messages = loadMessages(lang);
  const text = (key: string) => messages[key]!.message;

  it('the supervisor by one word, never the adviser’s', () => {
    for (const key of keysNaming(/\bsupervisors?\b/i)) {
      expect(text(key), key).toMatch(roles.supervisor);
      expect(text(key), key).not.toMatch(roles.notAdviser);
    }
  });

  it('the adviser by one word, never the supervisor’s', () => {
    for (const key of keysNaming(/\bthe adviser\b/i)) {
      expect(text(key), key).toMatch(roles.adviser);
      expect(text(key), key).not.toMatch(roles.supervisor);
    }
  });

  it('the trainer by one word', () => {
    for (const key of keysNaming(/\btrainers?('s)?\b/i)) expect(text(key), key).toMatch(roles.trainer);
  });
});

describe('Norwegian Bokmål', () => {
  const nb = loadMessages('nb');
  it('calls the client “bruker” and the extension’s help “coaching” throughout', () => {
    const all = Object.entries(nb).map(([key, { message }]) => `${key}: ${message}`);
    expect(all.filter((line) => /\bklient/i.test(line))).toEqual([]);
    expect(all.filter((line) => /veiledning|\bveiled\b|opplærer/i.test(line))).toEqual([]);
  });
});
