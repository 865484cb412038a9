/**
 * The settings page's address for a pack's waiting update, so the popup's
 * "Update ready" notice opens the settings at that update:
 * `options.html#update:<pack id>`.
 */
const PREFIX = '#update:';

/** The fragment for a pack's waiting update. */
export function stagedUpdateHash(packId: string): string {
  return `${PREFIX}${encodeURIComponent(packId)}`;
}

/** The pack id a fragment names, or undefined when it names no waiting update. */
export function packIdOfStagedUpdateHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

/** Every waiting update, one per subscription, for the popup's notice and the toolbar badge. */
export function waitingUpdates<S extends { staged?: { pack: { id: string } } }>(subscriptions: S[]): NonNullable<S['staged']>[] {
  return subscriptions.flatMap((s) => (s.staged ? [s.staged as NonNullable<S['staged']>] : []));
}
