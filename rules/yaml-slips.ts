/**
 * Two slips YAML lets through as valid text, and what to tell the writer instead
 * of what the schema then says about the value YAML made of them:
 * - an unquoted comma inside a flow map, `{ en: Debt, money and bills, sv: … }`:
 *   the comma ends the text, and "money and bills" becomes a field of its own (one
 *   error per field and two lines each). One message for the map instead: put the
 *   texts in quotes, with the texts as they were meant;
 * - a number where text belongs, `version: 1.0` or `phone: 112`: YAML reads it
 *   as the number 1 or 112. The message shows what was written and asks for quotes.
 * Works on the parsed YAML document; pure.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { packError, type PackIssue, type PathKey } from './pack-issues';

/** A flow map whose plain texts were cut at their commas, and those texts as meant. */
interface CommaSlip {
  path: PathKey[];
  /** The keys YAML made of the text after a comma. */
  strayKeys: Set<string>;
  meant: { key: string; text: string }[];
  line: number;
  column: number;
}

const keyOf = (key: unknown) => (isScalar(key) ? String(key.value) : String(key));

/** Every flow map in `doc` with a text cut at a comma: a key with no value (no `:`) right after a plain text value. */
function findCommaSlips(doc: Document, lineCounter: LineCounter): CommaSlip[] {
  const slips: CommaSlip[] = [];
  const visit = (node: unknown, path: PathKey[]) => {
    if (isSeq(node)) node.items.forEach((item, i) => visit(item, [...path, i]));
    if (!isMap(node)) return;
    if (node.flow) {
      const meant: CommaSlip['meant'] = [];
      const strayKeys = new Set<string>();
      // The text a stray key continues: the plain value just before it (a quoted one ends where its quotes do).
      let cut: { key: string; text: string } | undefined;
      for (const pair of node.items) {
        if (pair.value === null && isScalar(pair.key) && pair.key.type === 'PLAIN' && cut) {
          cut.text += `, ${keyOf(pair.key)}`;
          strayKeys.add(keyOf(pair.key));
          continue;
        }
        const value: unknown = pair.value;
        const plain = isScalar(value) && value.type === 'PLAIN';
        cut = plain ? { key: keyOf(pair.key), text: String(value.source ?? value.value) } : undefined;
        meant.push(cut ?? { key: keyOf(pair.key), text: isScalar(value) ? String(value.value) : '' });
      }
      if (strayKeys.size > 0 && node.range) {
        const at = lineCounter.linePos(node.range[0]);
        slips.push({ path, strayKeys, meant, line: at.line, column: at.col });
      }
    }
    for (const pair of node.items) visit(pair.value, [...path, keyOf(pair.key)]);
  };
  visit(doc.contents, []);
  return slips;
}

/** The node at `path` (a map's key with `atKey`), or undefined. */
export function nodeAt(doc: Document, path: PathKey[], atKey = false): Node | undefined {
  let node: unknown = doc.contents;
  for (const [step, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyOf(p.key) === String(key));
      if (!pair) return undefined;
      node = atKey && step === path.length - 1 ? pair.key : pair.value;
    } else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
}

const startsWith = (path: PathKey[], prefix: PathKey[]) => prefix.length <= path.length && prefix.every((key, i) => String(path[i]) === String(key));

/** "1.0" → "1.0.0", "2" → "2.0.0": the version a bare number was meant to be. */
const asVersion = (written: string) => {
  const parts = written.split('.');
  return /^\d+(\.\d+){0,2}$/.test(written) ? [...parts, '0', '0'].slice(0, 3).join('.') : '1.0.0';
};

/** The issues from validating `doc`'s value, each slip above said once, in its own words. */
export function explainYamlSlips(issues: PackIssue[], doc: Document, lineCounter: LineCounter, text: string): PackIssue[] {
  const slips = findCommaSlips(doc, lineCounter);
  const out: PackIssue[] = [];
  const said = new Set<CommaSlip>();
  for (const issue of issues) {
    const slip = slips.find((s) => startsWith(issue.path, s.path) && issue.path.length > s.path.length && s.strayKeys.has(String(issue.path[s.path.length])));
    if (slip) {
      if (said.has(slip)) continue;
      said.add(slip);
      const quoted = slip.meant.map((m) => `${m.key}: ${JSON.stringify(m.text)}`).join(', ');
      const stray = [...slip.strayKeys].map((key) => `"${key}"`).join(', ');
      out.push({
        ...packError(slip.path, `a comma in unquoted text ends the text inside { … }, so ${stray} became ${slip.strayKeys.size === 1 ? 'a field' : 'fields'} of ${slip.strayKeys.size === 1 ? 'its' : 'their'} own; put each text in quotes: { ${quoted} }`),
        line: slip.line,
        column: slip.column,
      });
      continue;
    }
    const number = /^(.*); found a number \(.*\)$/.exec(issue.message);
    const node = number ? nodeAt(doc, issue.path) : undefined;
    if (number && isScalar(node) && node.type === 'PLAIN' && node.range) {
      const written = text.slice(node.range[0], node.range[1]).trim();
      const message = /^must be a version like/.test(number[1]!)
        ? `must be a version in quotes, like "${asVersion(written)}": YAML reads ${written} without quotes as a number`
        : `${number[1]}: YAML reads ${written} without quotes as a number; write "${written}"`;
      out.push({ ...issue, message });
      continue;
    }
    out.push(issue);
  }
  return out;
}
