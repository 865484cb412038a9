#!/bin/sh
# The rules' outcome on each outside writer's set as the engine was when the set was added, before any
# tuning on it (the commits that added the sets): the misses the second net should catch are those of
# writing the rules never saw. Prints "set<TAB>item<TAB>outcome<TAB>text" lines for cross-validate.mjs
# --first-seen. Exports each commit's sources into a temporary folder; the repository is not touched.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  commit=$1; shift
  dir="$work/$commit"
  mkdir -p "$dir"
  git -C "$root" archive "$commit" rules utils tests/data/eval-pack.yaml | tar -x -C "$dir"
  ln -s "$root/node_modules" "$dir/node_modules"
  # Written here, not kept as a .ts file of this repository: it imports the old commit's rules/ and utils/.
  cat > "$dir/first-seen-rules.ts" <<'TS'
import { readFileSync } from 'node:fs';
import { normalizeLabel } from './utils/normalize-text';
import { compilePack } from './rules/compile-pack';
import { evaluateFollowUps } from './rules/evaluate-follow-ups';
import { loadPack } from './rules/load-pack';
const RANK: Record<string, number> = { critical: 4, warning: 3, info: 2, 'check-in': 1, none: 0 };
const [dataDir, ...sets] = process.argv.slice(2);
const loaded = loadPack(readFileSync('tests/data/eval-pack.yaml', 'utf8'), { fileName: 'eval-pack.yaml' });
if (!loaded.ok) throw new Error('pack');
const pack = compilePack(loaded.pack);
const items = new Map(pack.items.map((i) => [i.id, i]));
for (const set of sets) {
  for (const line of readFileSync(`${dataDir}/disclosures-${set}.tsv`, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('item\t')) continue;
    const [item = '', , , ...rest] = line.split('\t');
    const text = rest.join('\t');
    let best = 'none';
    for (const h of evaluateFollowUps(pack, items.get(item)!, { text, options: normalizeLabel(text) ? [normalizeLabel(text)] : [] })) if (RANK[h.severity]! > RANK[best]!) best = h.severity;
    console.log(`${set}\t${item}\t${best}\t${text}`);
  }
}
TS
  (cd "$dir" && "$root/node_modules/.bin/esbuild" first-seen-rules.ts --bundle --platform=node --format=esm --packages=external \
    --outfile=first-seen-rules.mjs --log-level=error && node first-seen-rules.mjs "$root/tests/data" "$@")
}
run ba22d4d writer-j writer-k writer-l   # "three more outside writers' answer sets as dev data"
run 4838c95 writer-o writer-p            # "dev data" (O, P)
run 5249479 writer-q writer-r writer-s   # "dev data" (Q, R, S: the first rows; the engine never saw any of them)
