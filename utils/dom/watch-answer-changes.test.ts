// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { answerScope, isTypedText, watchAnswerChanges } from './watch-answer-changes';

beforeEach(() => {
  document.body.textContent = '';
});

function html(markup: string): HTMLElement {
  const host = document.createElement('div');
  // Test fixture markup, not pack text.
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const match = (itemId: string, controls: Element[]) => ({ itemId, control: controls[0] as Element, controls });

describe('watchAnswerChanges', () => {
  it('tells which found field changed: aria state or class on an option, options rebuilt in a hidden select', async () => {
    const root = html(`<div role="radiogroup" id="g"><span role="radio" id="a">Yes</span><span role="radio" id="b">No</span></div>
      <div class="q"><span role="combobox" id="c"><span>Choose</span></span><select hidden id="s"></select></div>
      <div id="elsewhere" class="x"></div>`);
    const seen: string[] = [];
    const watcher = watchAnswerChanges(window, (id) => seen.push(id));
    watcher.watch([match('choice', [root.querySelector('#a')!, root.querySelector('#b')!]), match('select', [root.querySelector('#c')!])]);
    root.querySelector('#a')!.setAttribute('aria-checked', 'true');
    await flush();
    expect(seen).toContain('choice');
    seen.length = 0;
    root.querySelector('#b')!.classList.add('is-selected');
    root.querySelector('#elsewhere')!.className = 'y';
    await flush();
    expect([...new Set(seen)]).toEqual(['choice']);
    seen.length = 0;
    const option = document.createElement('option');
    option.value = 'yes';
    root.querySelector('#s')!.append(option);
    await flush();
    expect([...new Set(seen)]).toEqual(['select']);
    watcher.stop();
  });

  it('leaves typed text to the typing pause, and watches only what it was given last', async () => {
    const root = html('<p><textarea id="t"></textarea></p><div><span role="radio" id="r" class="opt"></span></div>');
    const textarea = root.querySelector('#t')!;
    expect(isTypedText(match('t', [textarea]))).toBe(true);
    const seen: string[] = [];
    const watcher = watchAnswerChanges(window, (id) => seen.push(id));
    watcher.watch([match('t', [textarea]), match('r', [root.querySelector('#r')!])]);
    textarea.setAttribute('class', 'has-value');
    await flush();
    expect(seen).toEqual([]);
    watcher.watch([]);
    root.querySelector('#r')!.setAttribute('aria-checked', 'true');
    await flush();
    expect(seen).toEqual([]);
    watcher.stop();
  });

  it('the scope of a group is its radiogroup; of a widget, the wrapper that holds its hidden original', () => {
    const root = html('<div role="radiogroup" id="g"><span role="radio"></span><span role="radio"></span></div><div id="w"><span role="combobox"></span><select hidden></select></div>');
    expect(answerScope(match('g', Array.from(root.querySelectorAll('#g [role=radio]')))).id).toBe('g');
    expect(answerScope(match('w', [root.querySelector('#w [role=combobox]')!])).id).toBe('w');
  });
});
