// Small valid packs and their signatures for the distribution tests (unit and browser):
// one question, published on a pack server next to its detached signature.
import type { PackSigningKeys } from '../../../rules/sign-pack';
import { signPack } from '../../../rules/sign-pack';
import type { PackServer } from './pack-server.mjs';

/** A one-question pack as JSON text. */
export function smallPack({ id = 'example.minimal', version = '1.0.0', title = 'Minimal example', rewording = 'How are things with where you live at the moment?' } = {}): string {
  return JSON.stringify({
    id,
    version,
    title,
    languages: ['en'],
    organisation: 'Example methods group',
    hosts: { match: ['https://cases.example.org/*'] },
    sections: [{ id: 'main', title: 'Questions' }],
    items: [{ id: 'housing', question: 'Current housing situation', rewordings: [{ text: rewording }] }],
  });
}

/**
 * Serve `body` at `path` and its signature at `<path>.sig`, signed for the id and
 * version the body names unless `signFor` says otherwise (a replayed signature).
 */
export async function publishSigned(server: PackServer, path: string, body: string, keys: PackSigningKeys, signFor?: { id: string; version: string }): Promise<void> {
  const named = JSON.parse(body) as { id: string; version: string };
  // Signed first, then both put in place in the same tick: no request finds the new file beside the old signature.
  const signature = await signPack(new TextEncoder().encode(body), keys.privateJwk, signFor ?? named);
  server.set(path, { body });
  server.set(`${path}.sig`, { body: signature, contentType: 'text/plain' });
}
