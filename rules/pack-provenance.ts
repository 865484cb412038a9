/**
 * Where an installed version of a pack came from and whether its signature was
 * verified, shown by the pack manager. Kept per `id@version`, so a roll back
 * brings its own provenance with it.
 */
import type { PackRefusal } from './pack-refusal';

/** built-in: bundled with the extension; file: imported by the adviser; url: the adviser's subscription; policy: the organisation's. */
export type PackSource = 'built-in' | 'file' | 'url' | 'policy';

export type SignatureState =
  | { state: 'verified'; keyId: string }
  | { state: 'unsigned' }
  /** Only ever shown for a refused candidate: an installed pack never has a failed signature. */
  | { state: 'failed'; refusal: PackRefusal };

export interface PackProvenance {
  source: PackSource;
  /** The subscription URL for `url` and `policy` packs. */
  url?: string;
  signature: SignatureState;
  /** Epoch ms. */
  installedAt: number;
  /**
   * For `url` and `policy` packs: the validators of the response this version came in, so that
   * an address followed again (a policy that dropped it and named it again) asks conditionally.
   */
  validators?: { etag?: string; lastModified?: string };
}

export const provenanceKey = (id: string, version: string) => `${id}@${version}`;

/** Packs without a provenance record were installed before provenance was kept: built-in ones, or unsigned imports. */
export function provenanceOf(provenance: PackProvenance | undefined, builtIn: boolean): PackProvenance {
  return provenance ?? { source: builtIn ? 'built-in' : 'file', signature: { state: 'unsigned' }, installedAt: 0 };
}

/** Labelled "unsigned" wherever the pack is shown: installed from a file without a signature (built-in packs come with the extension). */
export const isUnsigned = (provenance: PackProvenance) => provenance.source !== 'built-in' && provenance.signature.state === 'unsigned';
