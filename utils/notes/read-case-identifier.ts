/**
 * Content-script side of case filing: read the case identifier a case system
 * shows, as the pack's host binding describes it. DOM and URL only: this module
 * imports no storage, no database and no crypto, because the content script runs
 * in the host page's origin. The identifier goes to the background in the
 * `case:identified` message and is turned into a case key there.
 */
import type { CompiledCaseIdLocator } from '../../rules/compiled-pack';

export const MAX_CASE_IDENTIFIER_CHARS = 200;
// A placeholder such as "–" before the page has loaded the case is not an identifier.
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function usable(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed.length > MAX_CASE_IDENTIFIER_CHARS || !HAS_LETTER_OR_DIGIT.test(trimmed)) return null;
  return trimmed;
}

function fromUrl(url: string, param: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const fromQuery = usable(parsed.searchParams.get(param));
  if (fromQuery) return fromQuery;
  // Single-page case systems often keep their state after the hash: #/case?caseId=123
  const hashQuery = parsed.hash.indexOf('?');
  return hashQuery >= 0 ? usable(new URLSearchParams(parsed.hash.slice(hashQuery + 1)).get(param)) : null;
}

function fromPage(doc: Document, selector: string): string | null {
  let element: Element | null;
  try {
    element = doc.querySelector(selector);
  } catch {
    return null; // a bad selector in a pack is the pack's problem, not the page's
  }
  if (!element) return null;
  // A read-only input that shows the case number: read, never written.
  if ('value' in element && typeof (element as HTMLInputElement).value === 'string') {
    const value = usable((element as HTMLInputElement).value);
    if (value) return value;
  }
  return usable(element.textContent);
}

/**
 * The case identifier the page shows, or null. URL parameter first (stable while
 * the page renders), then the element the selector names.
 */
export function readCaseIdentifier(
  doc: Document,
  locator: CompiledCaseIdLocator | undefined,
  url: string,
): string | null {
  if (!locator) return null;
  return (locator.urlParam ? fromUrl(url, locator.urlParam) : null) ?? (locator.selector ? fromPage(doc, locator.selector) : null);
}
