/**
 * The pack library as component state, kept in step with storage: the
 * background may install or update default packs while the page is open.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readPackLibrary, type PackLibrary } from '../../rules/pack-store';

export function usePackLibrary(): PackLibrary | undefined {
  const [library, setLibrary] = useState<PackLibrary>();
  useEffect(() => {
    const reload = () => void readPackLibrary().then(setLibrary);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith('packs:'))) reload();
    };
    reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return library;
}
