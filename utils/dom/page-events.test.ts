// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { listenFirst, onPageEvent } from './page-events';

describe('page events heard first', () => {
  it('gives a handler the page\'s own (untrusted) events only when it asks for them, in the order handlers were added', () => {
    listenFirst(window);
    const heard: string[] = [];
    const done = new AbortController();
    onPageEvent(window, 'keydown', () => heard.push('trusted only'), { signal: done.signal });
    onPageEvent(window, 'keydown', () => heard.push('hint'), { signal: done.signal, untrusted: true });
    onPageEvent(window, 'keydown', () => heard.push('hint 2'), { signal: done.signal, untrusted: true });
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'C', altKey: true, shiftKey: true }));
    expect(heard).toEqual(['hint', 'hint 2']);
    done.abort();
  });

  it('is heard before a page listener on window that stops the event, and never cancels it', () => {
    const heard: string[] = [];
    const done = new AbortController();
    onPageEvent(window, 'change', (event) => heard.push(`coach ${event.defaultPrevented}`), { signal: done.signal, untrusted: true });
    window.addEventListener('change', (event) => event.stopImmediatePropagation(), { capture: true, signal: done.signal });
    const event = new Event('change', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    expect(heard).toEqual(['coach false']);
    expect(event.defaultPrevented).toBe(false);
    done.abort();
  });

  it('stops calling a handler once its signal aborts, and keeps calling the others after one throws', () => {
    const heard: string[] = [];
    const first = new AbortController();
    const second = new AbortController();
    onPageEvent(window, 'input', () => {
      throw new Error('a bug of ours');
    }, { signal: second.signal, untrusted: true });
    onPageEvent(window, 'input', () => heard.push('first'), { signal: first.signal, untrusted: true });
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    first.abort();
    document.body.dispatchEvent(new Event('input', { bubbles: true }));
    expect(heard).toEqual(['first']);
    second.abort();
  });
});
