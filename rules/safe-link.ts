/**
 * A helpline's web address, read the way the browser will read it (the WHATWG
 * URL parser), so what the adviser sees is where the link goes: only http(s),
 * no user name or password before an `@` (`https://known.example@other.example`
 * opens other.example), and the host name — as the parser gives it, so a
 * look-alike international name shows as its `xn--` form — is the link's text.
 * Pure; used by the validator and by the follow-up card.
 */
import { strictTextProblem } from './pack-characters';

export type LinkCheck = { ok: true; href: string; host: string } | { ok: false; problem: string };

export function checkLink(text: string): LinkCheck {
  const characters = strictTextProblem(text);
  if (characters) return { ok: false, problem: characters };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'is not a web address a browser can open' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'must be a web address starting with https:// or http://' };
  // Also an empty one ("https://@host"), which the parser drops: an "@" in the address part is never a helpline's.
  if (url.username !== '' || url.password !== '' || /^[a-z][a-z0-9+.-]*:\/*[^/?#]*@/i.test(text.trim())) {
    return {
      ok: false,
      problem: `carries a user name or password before "@", so it would open ${url.hostname}, not what it seems to name; write the address without the part before "@"`,
    };
  }
  if (url.hostname === '') return { ok: false, problem: 'has no host name' };
  return { ok: true, href: url.href, host: url.hostname };
}
