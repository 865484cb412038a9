/**
 * Is a host-binding CSS selector one a browser accepts, and could it ever pick a
 * form field? Checked with a maintained parser of the Selectors Level 4 grammar
 * (css-selector-parser, known pseudo-classes only), in Node (the CLI) as in the
 * extension's own pages. Never bundled into the content script, which asks the
 * page's browser itself (utils/dom/match-fields.ts).
 */
import { createParser, type AstRule, type AstSelector } from 'css-selector-parser';

const parse = createParser({ syntax: 'latest', strict: true });
const MAX_SELECTOR_CHARS = 500;

/** Undefined when the selector is fine, else a short reason ("expected attribute name at character 6"). */
export function selectorProblem(selector: string): string | undefined {
  if (selector.trim() === '') return 'the selector is empty';
  if (selector.length > MAX_SELECTOR_CHARS) return `the selector is longer than ${MAX_SELECTOR_CHARS} characters`;
  let ast: AstSelector;
  try {
    ast = parse(selector);
  } catch (error) {
    return parserMessage(error instanceof Error ? error.message : String(error));
  }
  const pseudo = pseudoElementIn(ast);
  return pseudo ? `it selects a pseudo-element (::${pseudo}), which is not a form field` : undefined;
}

/** "css-selector-parser parse error: Expected attribute name. Pos: 5." → "expected attribute name at character 6". */
function parserMessage(message: string): string {
  const match = /^(?:css-selector-parser parse error: )?(.*?)\.?(?: Pos: (\d+)\.)?$/.exec(message.trim());
  const reason = (match?.[1] ?? message).replace(/^./, (c) => c.toLowerCase());
  return match?.[2] !== undefined ? `${reason} at character ${Number(match[2]) + 1}` : reason;
}

function pseudoElementIn(selector: AstSelector): string | undefined {
  for (const first of selector.rules) {
    for (let rule: AstRule | undefined = first; rule; rule = rule.nestedRule) {
      for (const item of rule.items) if (item.type === 'PseudoElement') return item.name;
    }
  }
  return undefined;
}
