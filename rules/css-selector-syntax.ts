/**
 * Is a CSS selector well formed, and could it ever match an element? The linter
 * runs in Node (the CLI) as well as in the browser, so it cannot ask a DOM; this
 * is a small recursive-descent reader of the Selectors Level 4 grammar that a
 * pack author is likely to write: type, #id, .class, [attr op value i],
 * :pseudo-class and :pseudo(args), combinators and lists.
 * Returns undefined when fine, or a short reason.
 */

const PSEUDO_CLASSES = new Set(
  (
    'active any-link autofill checked default defined disabled empty enabled first-child first-of-type focus ' +
    'focus-visible focus-within fullscreen hover in-range indeterminate invalid last-child last-of-type link modal ' +
    'only-child only-of-type open optional out-of-range paused placeholder-shown playing popover-open read-only ' +
    'read-write required root scope target user-invalid user-valid valid visited'
  ).split(' '),
);
const SELECTOR_ARGUMENT = new Set(['not', 'is', 'where', 'has']);
const NTH = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
const OTHER_FUNCTIONS = new Set(['lang', 'dir']);
const PSEUDO_ELEMENTS = new Set(['before', 'after', 'placeholder', 'marker', 'selection', 'first-line', 'first-letter', 'backdrop', 'file-selector-button']);

class SelectorError extends Error {}

export function selectorProblem(selector: string): string | undefined {
  if (selector.trim() === '') return 'the selector is empty';
  if (selector.length > 500) return 'the selector is longer than 500 characters';
  try {
    const reader = new Reader(selector);
    reader.selectorList(false);
    reader.skipSpace();
    if (!reader.done()) throw new SelectorError(`unexpected "${reader.peek()}" at character ${reader.at + 1}`);
    if (reader.pseudoElement) return `it selects a pseudo-element (::${reader.pseudoElement}), which is not a form field`;
    return undefined;
  } catch (error) {
    if (error instanceof SelectorError) return error.message;
    throw error;
  }
}

class Reader {
  at = 0;
  pseudoElement?: string;
  constructor(private readonly text: string) {}

  done() {
    return this.at >= this.text.length;
  }
  peek() {
    return this.text[this.at] ?? '';
  }
  skipSpace(): boolean {
    const start = this.at;
    while (/\s/.test(this.peek()) && !this.done()) this.at++;
    return this.at > start;
  }

  selectorList(relative: boolean) {
    do {
      this.skipSpace();
      this.complex(relative);
      this.skipSpace();
    } while (this.eat(','));
  }

  complex(relative: boolean) {
    if (relative) {
      this.skipSpace();
      if ('>+~'.includes(this.peek()) && !this.done()) this.at++;
      this.skipSpace();
    }
    this.compound();
    for (;;) {
      const spaced = this.skipSpace();
      const next = this.peek();
      if ('>+~'.includes(next) && !this.done()) {
        this.at++;
        this.skipSpace();
        this.compound();
      } else if (spaced && !this.done() && next !== ',' && next !== ')') {
        this.compound();
      } else return;
    }
  }

  compound() {
    const start = this.at;
    if (this.eat('*')) {
      // universal
    } else if (this.startsIdent()) this.ident();
    for (;;) {
      const c = this.peek();
      if (c === '#') {
        this.at++;
        // An id selector is an identifier: "#1a" must be written "#\\31 a".
        if (!this.startsIdent()) throw new SelectorError(`"#" must be followed by an id that starts with a letter at character ${this.at}`);
        this.ident();
      } else if (c === '.') {
        this.at++;
        if (!this.startsIdent()) throw new SelectorError(`"." must be followed by a class name at character ${this.at}`);
        this.ident();
      } else if (c === '[') this.attribute();
      else if (c === ':') this.pseudo();
      else break;
    }
    if (this.at === start) {
      throw new SelectorError(this.done() ? 'the selector ends where a selector was expected' : `unexpected "${this.peek()}" at character ${this.at + 1}`);
    }
  }

  attribute() {
    this.at++; // [
    this.skipSpace();
    if (!this.startsIdent()) throw new SelectorError(`"[" must be followed by an attribute name at character ${this.at + 1}`);
    this.ident();
    this.skipSpace();
    const operator = /^[~|^$*]?=/.exec(this.text.slice(this.at, this.at + 2));
    if (operator) {
      this.at += operator[0].length;
      this.skipSpace();
      const quote = this.peek();
      if (quote === '"' || quote === "'") this.string(quote);
      else if (this.nameChar()) this.name();
      else throw new SelectorError(`attribute value expected at character ${this.at + 1}`);
      this.skipSpace();
      if (/[isIS]/.test(this.peek()) && !this.done()) {
        this.at++;
        this.skipSpace();
      }
    }
    if (!this.eat(']')) throw new SelectorError(`"]" expected at character ${this.at + 1}`);
  }

  pseudo() {
    this.at++; // :
    const element = this.eat(':');
    if (!this.startsIdent()) throw new SelectorError(`a pseudo-class name must follow ":" at character ${this.at}`);
    const name = this.ident().toLowerCase();
    const isFunction = this.eat('(');
    if (element) {
      if (!PSEUDO_ELEMENTS.has(name) && name !== 'part' && name !== 'slotted') throw new SelectorError(`unknown pseudo-element "::${name}"`);
      this.pseudoElement = name;
      if (isFunction) this.balanced();
      return;
    }
    if (PSEUDO_ELEMENTS.has(name) && !isFunction && ['before', 'after', 'first-line', 'first-letter'].includes(name)) {
      this.pseudoElement = name;
      return;
    }
    if (!isFunction) {
      if (!PSEUDO_CLASSES.has(name)) throw new SelectorError(`unknown pseudo-class ":${name}"`);
      return;
    }
    if (SELECTOR_ARGUMENT.has(name)) {
      this.selectorList(name === 'has');
      this.skipSpace();
      if (!this.eat(')')) throw new SelectorError(`")" expected at character ${this.at + 1}`);
    } else if (NTH.has(name) || OTHER_FUNCTIONS.has(name)) {
      this.balanced();
    } else throw new SelectorError(`unknown pseudo-class ":${name}()"`);
  }

  /** Skip to the matching ")" (after "(" was read), respecting nesting and strings. */
  balanced() {
    let depth = 1;
    while (!this.done()) {
      const c = this.peek();
      if (c === '"' || c === "'") {
        this.string(c);
        continue;
      }
      this.at++;
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return;
    }
    throw new SelectorError('")" expected before the end');
  }

  string(quote: string) {
    this.at++;
    while (!this.done()) {
      const c = this.peek();
      if (c === '\\') this.at += 2;
      else if (c === quote) {
        this.at++;
        return;
      } else if (c === '\n') break;
      else this.at++;
    }
    throw new SelectorError(`unclosed ${quote === '"' ? 'double' : 'single'} quote`);
  }

  startsIdent(): boolean {
    const c = this.peek();
    const next = this.text[this.at + 1] ?? '';
    if (c === '-') return next === '-' || /[A-Za-z_\\\u0080-\uffff]/.test(next);
    return /[A-Za-z_\\\u0080-\uffff]/.test(c) && !this.done();
  }

  nameChar(): boolean {
    return /[A-Za-z0-9_\-\\\u0080-\uffff]/.test(this.peek()) && !this.done();
  }

  ident(): string {
    const start = this.at;
    if (this.peek() === '-') this.at++;
    this.name();
    return this.text.slice(start, this.at);
  }

  name() {
    while (this.nameChar()) {
      if (this.peek() === '\\') {
        this.at++;
        if (this.done() || this.peek() === '\n') throw new SelectorError('a "\\" escape must be followed by a character');
        const hex = /^[0-9A-Fa-f]{1,6}\s?/.exec(this.text.slice(this.at, this.at + 7));
        this.at += hex ? hex[0].length : 1;
      } else this.at++;
    }
  }

  eat(c: string): boolean {
    if (this.peek() !== c || this.done()) return false;
    this.at++;
    return true;
  }
}
