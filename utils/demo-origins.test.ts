import { describe, expect, it } from 'vitest';
import { DEMO_MATCHES, removeDemoOrigins } from './demo-origins';

describe('removeDemoOrigins (release builds)', () => {
  it('takes the demo origins out of host permissions and content scripts, dropping what is left empty', () => {
    const manifest = {
      host_permissions: [...DEMO_MATCHES],
      content_scripts: [{ matches: [...DEMO_MATCHES], js: ['content-scripts/content.js'] }],
    };
    removeDemoOrigins(manifest);
    expect(manifest).toEqual({});
  });

  it('keeps every other origin and script', () => {
    const manifest = {
      host_permissions: ['https://cases.example.org/*', ...DEMO_MATCHES],
      content_scripts: [{ matches: ['http://127.0.0.1/*', 'https://cases.example.org/*'] }, { matches: ['https://other.example.org/*'] }],
    };
    removeDemoOrigins(manifest);
    expect(manifest).toEqual({
      host_permissions: ['https://cases.example.org/*'],
      content_scripts: [{ matches: ['https://cases.example.org/*'] }, { matches: ['https://other.example.org/*'] }],
    });
  });
});
