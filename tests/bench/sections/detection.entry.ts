// Bundled into the benchmark page by tests/bench/sections/detection.mjs: the shipped
// detection modules, plus generators for a 300-item pack and host pages of any size.
import { createFieldDetector } from '../../../utils/dom/field-detector';
import { createPagePackMatcher } from '../../../utils/dom/match-fields';
import { testPack, type TestItem } from '../../e2e/support/detection-packs';

const TOPICS = [
  'your housing', 'rent arrears', 'childcare', 'your physical health', 'your mental health', 'alcohol', 'drugs',
  'gambling', 'debts', 'your income', 'benefits', 'employment', 'education', 'language courses', 'transport',
  'caring for a relative', 'domestic violence', 'your safety', 'your children', 'school', 'your neighbourhood',
  'loneliness', 'sleep', 'food', 'medication', 'a disability', 'the police', 'your immigration status',
  'your bank account', 'digital services',
];
const FRAMES = [
  'Do you have any problems with {x}?', 'How would you describe {x} at the moment?', 'When did you last get help with {x}?',
  'Who helps you with {x}?', 'Is {x} a worry for you right now?', 'How much do you spend on {x} each month?',
  'Has anything changed about {x} in the last year?', 'What support would help you with {x}?',
  'Are you waiting for a decision about {x}?', 'Tell us anything else about {x}',
];
const UNRELATED = [
  'Reference number', 'Officer initials', 'Date stamped', 'Internal note', 'Office use only', 'Scanned document id',
  'Archive box', 'Checked by', 'Workflow step', 'Ticket',
];

/** The 300 questions of the benchmark pack, in order. */
export const QUESTIONS = FRAMES.flatMap((frame) => TOPICS.map((topic) => frame.replace('{x}', topic)));

export function benchPack() {
  const items: TestItem[] = QUESTIONS.map((question, i) => ({
    id: `item${i}`,
    question,
    // Some items carry host bindings, as a pack for a known case system would.
    ...(i % 5 === 0 ? { names: [`ctl00$Main$*$fld${i}`] } : {}),
    ...(i % 20 === 1 ? { selectors: [`#case-field-${i}`] } : {}),
  }));
  return testPack('bench-300', items);
}

/** How the page shows question `i` (a variation every 10th: approximate matching). */
function shown(i: number): string {
  const q = QUESTIONS[i] as string;
  if (i % 10 === 3) return `${q} (optional)`;
  if (i % 10 === 7) return q.replace(/(\w{5})(\w)(\w)/, '$1$3$2'); // a typo: two letters swapped
  return `${(i % 9) + 1}.${i % 7} ${q}`;
}

/**
 * A host page with `n` controls built the ways real forms are: table rows with
 * the question in the first cell, label[for], radio groups in fieldsets, wrapping
 * labels, aria-labelledby, placeholders. Questions 0…299 of the pack appear once
 * (as far as `n` allows); every other control has an unrelated label.
 */
export function generatePage(n: number, root: HTMLElement): void {
  const form = document.createElement('form');
  const table = document.createElement('table');
  let controls = 0;
  let question = 0;
  let field = 0;
  const text = (i: number) => (question < QUESTIONS.length && i % 3 !== 2 ? shown(question++) : `${UNRELATED[i % UNRELATED.length]} ${i}`);
  const nameFor = (label: string) => {
    const index = QUESTIONS.findIndex((q, k) => label.includes(q) || shown(k) === label);
    return index >= 0 && index % 5 === 0 ? `ctl00$Main$ctl${field}$fld${index}` : `ctl00$Main$ctl${field}$TextBox1`;
  };
  while (controls < n) {
    field++;
    const label = text(field);
    const id = `ctl00_Main_ctl${field}_x`;
    const index = QUESTIONS.findIndex((q, k) => shown(k) === label);
    const kind = field % 10;
    if (kind < 3) {
      const row = table.insertRow();
      const cell = row.insertCell();
      cell.className = 'lbl';
      const span = document.createElement('span');
      span.textContent = label;
      cell.append(span);
      const input = document.createElement(kind === 2 ? 'select' : 'input');
      input.setAttribute('name', nameFor(label));
      input.id = index >= 0 && index % 20 === 1 ? `case-field-${index}` : id;
      row.insertCell().append(input);
      controls++;
    } else if (kind < 6) {
      const div = document.createElement('div');
      const l = document.createElement('label');
      l.htmlFor = id;
      l.textContent = label;
      const input = document.createElement(kind === 5 ? 'textarea' : 'input');
      input.id = index >= 0 && index % 20 === 1 ? `case-field-${index}` : id;
      if (input.id !== id) l.htmlFor = input.id;
      input.setAttribute('name', nameFor(label));
      div.append(l, input);
      form.append(div);
      controls++;
    } else if (kind === 6) {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label;
      fieldset.append(legend);
      for (const option of ['Yes', 'No', 'Do not know']) {
        const l = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = `${nameFor(label)}$rb`;
        l.append(input, ` ${option}`);
        fieldset.append(l);
        controls++;
      }
      form.append(fieldset);
    } else if (kind === 7) {
      const l = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = nameFor(label);
      l.append(input, ` ${label}`);
      form.append(l);
      controls++;
    } else if (kind === 8) {
      const div = document.createElement('div');
      const q = document.createElement('span');
      q.id = `${id}_q`;
      q.textContent = label;
      const input = document.createElement('input');
      input.setAttribute('aria-labelledby', q.id);
      input.setAttribute('name', nameFor(label));
      div.append(q, input);
      form.append(div);
      controls++;
    } else {
      const div = document.createElement('div');
      const input = document.createElement('input');
      input.placeholder = label;
      div.append(input);
      form.append(div);
      controls++;
    }
  }
  form.prepend(table);
  root.append(form);
}

/** Replace `count` labelled controls by equivalent new ones (as a re-rendering framework would). */
export function replaceControls(count: number, round: number): void {
  const inputs = document.querySelectorAll('div > label + input');
  const step = Math.max(1, Math.floor(inputs.length / count));
  for (let k = 0; k < count; k++) {
    const old = inputs[(k * step + round) % inputs.length] as HTMLInputElement | undefined;
    if (!old) continue;
    const fresh = old.cloneNode() as HTMLInputElement;
    old.replaceWith(fresh);
  }
}

const CONTROLS = 'input,select,textarea';

/**
 * The floor: querySelectorAll over the controls and reading
 * their `labels` (and those labels' text). Chromium keeps each control's
 * `labels` list until the document changes, then rebuilds it by walking the
 * whole document, so measure it after `markDocumentChanged()`, as detection
 * meets a page.
 */
export function labelsPropertyFloor(): number {
  const controls = document.querySelectorAll(CONTROLS);
  let chars = 0;
  for (let i = 0; i < controls.length; i++) {
    const labels = (controls[i] as HTMLInputElement).labels;
    if (!labels) continue;
    for (let j = 0; j < labels.length; j++) chars += (labels[j]?.textContent ?? '').length;
  }
  return chars;
}

/** A stricter floor, linear in the page: one pass over the <label>s, then the controls. */
export function labelPassFloor(): number {
  const labels = new Map<Element, HTMLLabelElement>();
  const all = document.querySelectorAll('label');
  for (let i = 0; i < all.length; i++) {
    const label = all[i] as HTMLLabelElement;
    const control = label.control;
    if (control && !labels.has(control)) labels.set(control, label);
  }
  const controls = document.querySelectorAll(CONTROLS);
  let chars = 0;
  for (let i = 0; i < controls.length; i++) {
    const label = labels.get(controls[i] as Element);
    if (label) chars += (label.textContent ?? '').length;
  }
  return chars;
}

/** A change that touches no control, as a host page's re-render would: drops the browser's cached label lists. */
export function markDocumentChanged(): void {
  const marker = document.createElement('i');
  document.body.append(marker);
  marker.remove();
}

Object.assign(globalThis, { detectionBench: {
    createFieldDetector, createPagePackMatcher, benchPack, generatePage, replaceControls,
    labelsPropertyFloor, labelPassFloor, markDocumentChanged,
  } });
