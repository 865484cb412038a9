/** Origins the demo case system is served from (tests/e2e/fixtures/demo, `npm run demo`). */
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The WXT build modes whose extension is granted the demo origins at install and
 * coaches them with a static content script: `wxt build --mode demo` (`npm run demo`,
 * the browser tests, the bench) and `wxt` (development). A production build (`npm run
 * build`, `npm run zip`) asks for every site at run time, the demo's too.
 */
export const DEMO_MODES = ['demo', 'development'];

export const grantsDemoOrigins = (mode: string): boolean => DEMO_MODES.includes(mode);
