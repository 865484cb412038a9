import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compilerStampDefine } from './bin/compiler-stamp.mjs';
import { carriesExtensionKey } from './utils/build-mode';
import { DEMO_MATCHES, grantsDemoOrigins } from './utils/demo-origins';

// The one place for manifest settings (WXT convention).

/**
 * The public half of the RSA key that fixes the extension's id in Chrome and
 * Edge, so an organisation's policy can name the extension (3rdparty →
 * extensions → <id>) whatever folder an unpacked build is loaded from. The id
 * is the first 32 hex digits of SHA-256 over this DER-encoded key, each digit
 * 0-f written as a-p: ehipdeaemjdokgagfajippjnjmlenoga. Only the public key
 * belongs here. The store build (`npm run zip`, mode `store`) leaves it out: the Chrome
 * Web Store refuses a manifest with `key` and gives its own id (README, IT).
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAscJu/Ju8kRdJvF7HGOVOwMhWjn8pbyTgyT5oJe3ui5MR2BNgHFVdUIxb6+exLSTtuXPAWUgnZePJIWxJrGKdD86PBfgy4L067YoT425clldgefrn9tIEkKcsJ1tUcZrMsaaofrtW+3jhzxWzCbBjx2jZOzjHOxlNFu/w6D7JstP/m5Sb8Vr/pwuvarPwISgpPQX7ilqYHJl/dZA4PLw0y0V125PCPoCahIvyrP53pmKPB+z1YwcDcXUfcA/VbobMg8hShf9PvjeZZgbWSWqDq3jNoqoGQpb0ADq9ne613DkpowKEnfkeu0FpbfmSaYvKqpU5513DWkN2y9c05zsErQIDAQAB';
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false, // explicit imports everywhere: a reader sees where each name comes from
  manifestVersion: 3,
  // The compiler's stamp (rules/compiler-stamp.ts): a stored pack made by another compiler is compiled again.
  vite: () => ({ plugins: [preact()], define: compilerStampDefine() }),
  // A production build grants no site at install; a demo build (`--mode demo`) is granted
  // the demo case system's origins and runs the content script there from the manifest.
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (!grantsDemoOrigins(wxt.config.mode)) delete manifest.content_scripts;
      // The settings open in a tab of their own, not the browser's small embedded dialog: the
      // trainer editor shows its form beside a preview and needs the room. (WXT writes options_ui
      // from the entrypoint after the manifest below is merged, so it is set here.)
      if (manifest.options_ui) manifest.options_ui.open_in_tab = true;
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    // Firefox takes its id from browser_specific_settings below and warns about `key`; the stores refuse it.
    ...(browser !== 'firefox' && carriesExtensionKey(mode) && { key: CHROME_PUBLIC_KEY }),
    // Least privilege: case-system origins are asked for at run time, per site. `activeTab`
    // (no install warning) lets the popup see the address of the tab it was opened on, so it
    // can offer "Coach on this site" before the site is granted.
    // Firefox has no sidePanel permission: its sidebar_action needs none.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(grantsDemoOrigins(mode) && { host_permissions: DEMO_MATCHES }),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Organisations set packs, signing keys, sites and notes settings by policy (public/managed_schema.json).
    // Firefox reads managed storage from policies.json "3rdparty" and does not know this key.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    // One browser-wide key only: a suggested key is taken by the browser before the page,
    // so the case system's own shortcut on it would never fire. Opening the notes needs
    // one (only a browser command may open the side panel from the keyboard); the card's
    // keys (Alt+Shift+C/N/W/F/L) work inside the coached page (entrypoints/content/coach-keys.ts)
    // and pass on to the page's own listeners. Each command can still be given a
    // browser-wide key, or the notes key removed, at chrome://extensions/shortcuts (README, IT).
    commands: {
      'toggle-card': { description: '__MSG_commandToggleCard__' },
      'next-rewording': { description: '__MSG_commandNextRewording__' },
      'toggle-why': { description: '__MSG_commandToggleWhy__' },
      'focus-follow-up': { description: '__MSG_commandFocusFollowUp__' },
      'toggle-coverage': { description: '__MSG_commandToggleCoverage__' },
      // Opens the private notes with the note box focused (utils/notes/notes-background.ts).
      'notes-focus': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_notesCommandFocus__' },
    },
    // Chrome warns about keys it does not know, so Firefox's settings go only to Firefox.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'adviser-coach@adviser-coach.example',
          strict_min_version: '140.0',
          // Nothing leaves the machine: no telemetry, notes stay local.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
