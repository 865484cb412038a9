/**
 * What each WXT build mode is for. `production` (`npm run build`): the release build to
 * load unpacked or pack into a CRX you host; its Chrome manifest carries the public `key`
 * that fixes the extension id policies name. `store` (`npm run zip`, Chrome): the same
 * build for the Chrome Web Store and Edge Add-ons, without `key` (the stores refuse a
 * manifest with one and give the extension their own id). Other modes (`demo`,
 * `development`, `e2e-pages`) are for the demo, development and the browser tests.
 */
export const RELEASE_MODES = ['production', 'store'];

export const isReleaseMode = (mode: string): boolean => RELEASE_MODES.includes(mode);

/** Whether the Chrome manifest carries the fixed `key` (every build but the store's). */
export const carriesExtensionKey = (mode: string): boolean => mode !== 'store';
