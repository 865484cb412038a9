/** Document order of elements, also across shadow roots (where the adviser sees them). */

/** -1 when `a` comes before `b` in their tree, 1 after, 0 when the same (or unrelated). */
export function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : 0;
}

/** Document order across shadow roots: a shadow root's content sits where its host is. */
export function composedOrder(a: Element, b: Element): number {
  const rootA = a.getRootNode();
  const rootB = b.getRootNode();
  if (rootA === rootB) return documentOrder(a, b);
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  // Walk down from the document while both chains share the same host.
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  const x = chainA[i] as Element;
  const y = chainB[j] as Element;
  if (x === y) return i === 0 ? -1 : 1; // one is inside the other's shadow root: the host comes first
  return documentOrder(x, y);
}

/** The element, then each shadow host above it, up to one in the document. */
function hostChain(el: Element): Element[] {
  const chain: Element[] = [el];
  let root = el.getRootNode();
  for (let depth = 0; root.nodeType === 11 && (root as ShadowRoot).host && depth < 32; depth++) {
    const host: Element = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}
