// Who keeps an object alive: a V8 heap snapshot of the page's isolate (DevTools'
// HeapProfiler), read back from a tagged object to a GC root over strong edges only.
// For leak tests, so that a failure names its retainer (module scope, a listener, a
// map) instead of a bare count.
import type { CDPSession } from 'playwright-core';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Edge kinds that keep nothing alive (and DevTools' own shortcuts, which duplicate real paths). */
const NOT_RETAINING = new Set(['weak', 'shortcut']);

async function takeSnapshot(cdp: CDPSession): Promise<Snapshot> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as Snapshot;
}

/**
 * For each object whose JS class is named `tagClass` (the test puts one on each object it
 * wants explained, as a property of it), the shortest chain of strong references from a GC
 * root to the tagged object's holder, as text: `root -[edge]-> Node -[edge]-> …`. At most
 * `limit` chains; an empty array when no tag is in the heap.
 */
export async function retainerPaths(cdp: CDPSession, tagClass: string, limit = 3): Promise<string[]> {
  const heap = await takeSnapshot(cdp);
  const { node_fields: nodeFields, node_types: nodeTypes, edge_fields: edgeFields, edge_types: edgeTypes } = heap.snapshot.meta;
  const nodeSize = nodeFields.length;
  const edgeSize = edgeFields.length;
  const nameAt = nodeFields.indexOf('name');
  const typeAt = nodeFields.indexOf('type');
  const edgeCountAt = nodeFields.indexOf('edge_count');
  const edgeTypeAt = edgeFields.indexOf('type');
  const edgeNameAt = edgeFields.indexOf('name_or_index');
  const edgeToAt = edgeFields.indexOf('to_node');
  const count = heap.nodes.length / nodeSize;
  const nodeName = (n: number) => heap.strings[heap.nodes[n * nodeSize + nameAt]!] ?? '?';
  const nodeType = (n: number) => nodeTypes[0][heap.nodes[n * nodeSize + typeAt]!] ?? '?';

  // Reverse strong edges: for each node, who points at it and through which edge.
  const retainers: { from: number; label: string }[][] = Array.from({ length: count }, () => []);
  let edge = 0;
  for (let n = 0; n < count; n++) {
    const edges = heap.nodes[n * nodeSize + edgeCountAt]!;
    for (let e = 0; e < edges; e++, edge += edgeSize) {
      const kind = edgeTypes[0][heap.edges[edge + edgeTypeAt]!] ?? '?';
      if (NOT_RETAINING.has(kind)) continue;
      const to = heap.edges[edge + edgeToAt]! / nodeSize;
      const raw = heap.edges[edge + edgeNameAt]!;
      const label = kind === 'element' || kind === 'hidden' ? `[${raw}]` : (heap.strings[raw] ?? String(raw));
      retainers[to]!.push({ from: n, label: `${kind}:${label}` });
    }
  }

  const tags: number[] = [];
  for (let n = 0; n < count && tags.length < limit; n++) if (nodeType(n) === 'object' && nodeName(n) === tagClass) tags.push(n);
  return tags.map((tag) => {
    // Breadth first from the tag towards the root (node 0): the first root reached is the shortest chain.
    const via = new Map<number, { next: number; label: string }>([[tag, { next: -1, label: '' }]]);
    const queue = [tag];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      if (node === 0) {
        const parts: string[] = [];
        for (let at = 0; at !== tag; ) {
          const step = via.get(at)!;
          parts.push(`${nodeName(at).slice(0, 60)} -[${step.label}]->`);
          at = step.next;
        }
        return `${parts.join(' ')} ${tagClass}`;
      }
      for (const { from, label } of retainers[node]!) {
        if (via.has(from)) continue;
        via.set(from, { next: node, label });
        queue.push(from);
      }
    }
    return `${tagClass}: no strong path from a GC root`;
  });
}
