#!/usr/bin/env node
// `npm run pack:cli`: the supervisors' CLI as one npm tarball that installs on a
// machine with only Node (`npm install -g adviser-coach-cli-<version>.tgz`),
// without a clone of this repository and without the npm registry.
//
// esbuild bundles rules/cli/main.ts with every runtime dependency (valibot,
// yaml, jose…) into one ES module, so the package declares no dependencies.
// The package's `engines` is the highest minimum Node version among what the
// bundle contains and our own floor; the build stops if a bundled package's
// requirement cannot be read, rather than guess.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compilerStampDefine } from '../bin/compiler-stamp.mjs';
import { rawTextPlugin } from '../bin/raw-text-plugin.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outputDir = join(root, '.output');
const stage = join(outputDir, 'cli-package');
const PACKAGE_NAME = 'adviser-coach-cli';
/** Node 20: global WebCrypto with Ed25519, which jose uses to sign and verify packs. */
const OWN_NODE_FLOOR = [20, 0, 0];

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

// The same entry and target as the launcher in a clone (bin/bundle-node.mjs), but with every dependency inside.
const result = await build({
  entryPoints: [join(root, 'rules', 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(stage, 'cli.mjs'),
  metafile: true,
  legalComments: 'eof',
  // yaml's Node build is CommonJS and requires Node's own modules; give the ES module bundle a require.
  banner: { js: "import { createRequire as __adviserCoachRequire } from 'node:module'; const require = __adviserCoachRequire(import.meta.url);" },
  logLevel: 'warning',
  define: compilerStampDefine(),
  plugins: [rawTextPlugin],
});

const launcher = `#!/usr/bin/env node
// adviser-coach ${project.version}: the rule-pack tool for supervisors. See README.md.
import { main } from './cli.mjs';

process.exitCode = await main(process.argv.slice(2));
`;
writeFileSync(join(stage, 'adviser-coach.mjs'), launcher, { mode: 0o755 });

// Every npm package the bundle took code from, with its package.json.
const bundled = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match || bundled.has(match[1])) continue;
  const dir = join(root, input.slice(0, match.index + match[0].length - 1));
  bundled.set(match[1], { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) });
}

/** The minimum Node version an engines range allows, for the simple forms packages use (">=14.6", "^18.0.0 || >=20"). */
function minimumNode(range) {
  const lowest = range
    .split('||')
    .map((part) => /^\s*(?:>=|\^|~)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*(?:<\S+\s*)?$/.exec(part))
    .map((m) => (m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined));
  if (lowest.some((v) => v === undefined)) return undefined;
  return lowest.sort(compare)[0];
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

let floor = OWN_NODE_FLOOR;
const notices = [];
for (const [name, { dir, manifest }] of [...bundled].sort(([a], [b]) => a.localeCompare(b))) {
  const range = manifest.engines?.node;
  if (range !== undefined) {
    const minimum = minimumNode(range);
    if (!minimum) throw new Error(`cannot read the Node requirement "${range}" of ${name}; check it by hand and extend minimumNode()`);
    if (compare(minimum, floor) > 0) floor = minimum;
  }
  const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const licenseText = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `License: ${manifest.license ?? 'see the package'}`;
  notices.push(`## ${name} ${manifest.version} (${manifest.license ?? 'no license field'})\n\n${licenseText}\n`);
}
const engines = { node: `>=${floor.join('.')}` };

const manifest = {
  name: PACKAGE_NAME,
  version: project.version,
  description: 'Adviser Coach rule-pack tool for supervisors: validate, lint, build, preview, sign and verify packs.',
  type: 'module',
  bin: { 'adviser-coach': 'adviser-coach.mjs' },
  files: ['adviser-coach.mjs', 'cli.mjs', 'README.md', 'THIRD-PARTY-NOTICES.md'],
  engines,
  // Distributed as a file by the project, not through a registry.
  private: true,
  // What the bundle contains, for whoever audits the package (npm ignores this field).
  bundles: Object.fromEntries([...bundled].map(([name, { manifest: m }]) => [name, m.version])),
};
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(stage, 'THIRD-PARTY-NOTICES.md'),
  `# Third-party code in adviser-coach.mjs / cli.mjs\n\nThe CLI bundles these packages; their licenses follow.\n\n${notices.join('\n')}`,
);
writeFileSync(
  join(stage, 'README.md'),
  `# adviser-coach ${project.version}

The rule-pack tool for Adviser Coach supervisors. Needs Node ${engines.node}; no other software.

    npm install -g ${PACKAGE_NAME}-${project.version}.tgz
    adviser-coach pack validate my-pack.yaml
    adviser-coach --help

The pack format, how to test a pack, and how to sign one: docs/pack-format.md in the
Adviser Coach repository.
`,
);

const tarball = join(outputDir, `${PACKAGE_NAME}-${project.version}.tgz`);
rmSync(tarball, { force: true });
execFileSync('npm', ['pack', '--pack-destination', outputDir, '--silent'], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
const size = readFileSync(tarball).length;
process.stdout.write(`wrote ${relative(process.cwd(), tarball) || tarball} (${(size / 1024).toFixed(0)} kB; Node ${engines.node}; bundles ${[...bundled.keys()].join(', ')})\n`);
