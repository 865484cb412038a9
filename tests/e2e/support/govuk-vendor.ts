// The GOV.UK fixture loads govuk-frontend's own CSS and JS; they are copied from
// the installed package rather than committed (tests/e2e/fixtures/govuk/.gitignore).
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './static-server.mjs';
import { PROJECT_DIR } from './launch-browser.mjs';

export async function ensureGovukVendor(): Promise<void> {
  const from = join(PROJECT_DIR, 'node_modules', 'govuk-frontend', 'dist', 'govuk');
  const to = join(FIXTURES_DIR, 'govuk', 'vendor');
  await mkdir(to, { recursive: true });
  for (const file of ['govuk-frontend.min.css', 'govuk-frontend.min.js']) {
    if (!existsSync(join(to, file))) await copyFile(join(from, file), join(to, file));
  }
}
