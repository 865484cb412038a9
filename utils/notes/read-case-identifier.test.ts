// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCaseIdentifier } from './read-case-identifier';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('readCaseIdentifier', () => {
  it('reads a URL parameter, also after the hash', () => {
    const doc = page('');
    expect(readCaseIdentifier(doc, { urlParam: 'case' }, 'https://cw.example/intake?case=2024-0042')).toBe('2024-0042');
    expect(readCaseIdentifier(doc, { urlParam: 'caseId' }, 'https://cw.example/#/case?caseId=77')).toBe('77');
    expect(readCaseIdentifier(doc, { urlParam: 'case' }, 'https://cw.example/intake')).toBeNull();
  });

  it('reads the text of an element, or the value of a read-only input', () => {
    expect(readCaseIdentifier(page('<b id="case-number"> 2024-0042 </b>'), { selector: '#case-number' }, 'https://x/')).toBe('2024-0042');
    expect(readCaseIdentifier(page('<input id="c" readonly value="AB-9">'), { selector: '#c' }, 'https://x/')).toBe('AB-9');
  });

  it('prefers the URL, falls back to the page', () => {
    const doc = page('<b id="n">FROM-PAGE</b>');
    expect(readCaseIdentifier(doc, { urlParam: 'case', selector: '#n' }, 'https://x/?case=FROM-URL')).toBe('FROM-URL');
    expect(readCaseIdentifier(doc, { urlParam: 'case', selector: '#n' }, 'https://x/')).toBe('FROM-PAGE');
  });

  it('has no identifier for placeholders, huge text, bad selectors or no binding', () => {
    expect(readCaseIdentifier(page('<b id="n">–</b>'), { selector: '#n' }, 'https://x/')).toBeNull();
    expect(readCaseIdentifier(page(`<b id="n">${'9'.repeat(300)}</b>`), { selector: '#n' }, 'https://x/')).toBeNull();
    expect(readCaseIdentifier(page('<b id="n">1</b>'), { selector: '##' }, 'https://x/')).toBeNull();
    expect(readCaseIdentifier(page('<b id="n">1</b>'), undefined, 'https://x/')).toBeNull();
  });

  it('does not change the page', () => {
    const doc = page('<input id="c" value="AB-9">');
    const before = doc.body.innerHTML;
    readCaseIdentifier(doc, { selector: '#c' }, 'https://x/');
    expect(doc.body.innerHTML).toBe(before);
  });
});
