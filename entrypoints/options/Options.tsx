import { useEffect, useState } from 'preact/hooks';
import type { CompiledPack } from '../../rules/compiled-pack';
import { readInstalledPacks } from '../../rules/pack-store';
import { t } from '../../utils/i18n';

/** Settings: installed rule packs. */
export function Options() {
  const [packs, setPacks] = useState<CompiledPack[]>([]);
  useEffect(() => void readInstalledPacks().then(setPacks), []);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <h2>{t('optionsPacks')}</h2>
      <ul data-testid="installed-packs">
        {packs.map((pack) => (
          <li key={pack.id}>
            {pack.title.en ?? Object.values(pack.title)[0]} <span class="muted">{pack.version}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
