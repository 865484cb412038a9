/** Origins the demo case system is served from; granted at install so `npm run demo` works out of the box. */
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Set to 1 for the builds organisations deploy (`npm run zip`,
 * `npm run build:release`): they grant no site at install, not even the
 * demo's, and go to `.output/<browser>-mv3-release`. Development and test
 * builds keep the demo origins. An environment variable rather than a WXT mode
 * because any mode but "production" gives a development bundle (dev JSX runtime).
 */
export const RELEASE_ENV = 'ADVISER_COACH_RELEASE';

interface ManifestSites {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/**
 * Take the demo origins out of a generated manifest, in place: from
 * `host_permissions` and from each content script's `matches`, dropping a
 * content script left with nothing to match (it is then registered only at run
 * time, for sites the adviser or the policy allows).
 */
export function removeDemoOrigins(manifest: ManifestSites): void {
  const notDemo = (pattern: string) => !DEMO_MATCHES.includes(pattern);
  if (manifest.host_permissions) {
    manifest.host_permissions = manifest.host_permissions.filter(notDemo);
    if (manifest.host_permissions.length === 0) delete manifest.host_permissions;
  }
  if (manifest.content_scripts) {
    manifest.content_scripts = manifest.content_scripts
      .map((script) => ({ ...script, ...(script.matches && { matches: script.matches.filter(notDemo) }) }))
      .filter((script) => script.matches === undefined || script.matches.length > 0);
    if (manifest.content_scripts.length === 0) delete manifest.content_scripts;
  }
}
