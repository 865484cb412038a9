// `npm run demo`: serve the demo case system and open Chromium with the built
// extension on the intake page. With a display: a normal window, until you close it.
// Without one (servers, CI) or with --headless: headless; prints what the extension
// found on the page, saves a screenshot and exits.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startStaticServer } from './static-server.mjs';
import { launchWithExtension, PROJECT_DIR } from './launch-browser.mjs';
import { readDetectionReport } from './extension-state.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY || process.env.CI === 'true';
const port = Number(process.env.DEMO_PORT ?? 8417);
const server = await startStaticServer({ port }).catch(() => startStaticServer({ port: 0 }));
const startUrl = `${server.origin}/demo/intake-3.html?case=2026-04417`;
console.log(`Demo case system: ${server.origin}/demo/ (case list)`);

const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(startUrl);

if (!headless) {
  console.log(`Chromium is open on ${startUrl} with Adviser Coach loaded. Close the window (or press Ctrl+C) to stop.`);
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  browser.context.on('close', stop);
  process.on('SIGINT', stop);
} else {
  const report = await readDetectionReport(browser, page, { timeoutMs: 10_000 });
  if (!report) {
    console.error('The extension reported nothing for the demo page: is the content script built and allowed on 127.0.0.1?');
  } else {
    const found = Object.entries(report.found);
    console.log(`Pack ${report.packId} ${report.packVersion}: found ${found.length} of ${found.length + report.missing.length} questions on ${startUrl}`);
    for (const [itemId, where] of found) console.log(`  ✓ ${itemId.padEnd(28)} ${where.rule.padEnd(17)} "${where.matchedText}"`);
    if (report.missing.length) console.log(`  (on other pages of the assessment: ${report.missing.join(', ')})`);
  }
  const shotDir = join(PROJECT_DIR, '.output');
  await mkdir(shotDir, { recursive: true });
  const shot = join(shotDir, 'demo-screenshot.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`Screenshot: ${shot}`);
  await browser.close();
  await server.close();
  process.exitCode = report ? 0 : 1;
}
