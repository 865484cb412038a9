import { useRef, useState } from 'preact/hooks';
import { notSavedText } from '../../components/not-saved';
import type { TrustedKey } from '../../rules/pack-signature';
import { t } from '../../utils/i18n';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { readPublicKeyFile, withKey, writeAdviserKeys } from '../../utils/packs/trusted-keys';

interface Props {
  policy: ManagedPolicy;
  adviserKeys: TrustedKey[];
}

/**
 * Signing keys the adviser trusts: a supervisor's public key file, added here,
 * lets packs signed with the matching private key install. When the
 * organisation's policy lists keys, those are the ones in force, shown locked.
 */
export function TrustedKeys({ policy, adviserKeys }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState('');
  const locked = policy.trustedKeys.length > 0;
  const keys = locked ? policy.trustedKeys : adviserKeys;

  async function onChange() {
    const file = input.current?.files?.[0];
    if (!file) return;
    setProblem('');
    const result = await readPublicKeyFile(await file.text());
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setProblem(t(`packsKeyProblem_${result.problem.replaceAll('-', '_')}`));
      return;
    }
    await store(withKey(adviserKeys, result.key));
  }

  /** Store the adviser's list; when storage refuses (a full disk) the list in force stays, and the alert says why. */
  async function store(keys: TrustedKey[]) {
    setProblem('');
    try {
      await writeAdviserKeys(keys);
    } catch (error) {
      setProblem(notSavedText(error));
    }
  }

  return (
    <section aria-labelledby="keys-heading">
      <h3 id="keys-heading" class="sub">
        {t('packsKeys')}
      </h3>
      <p class="muted" id="keys-help">
        {t('packsKeysHelp')}
      </p>
      {keys.length === 0 ? (
        <p>{t('packsKeysNone')}</p>
      ) : (
        <ul data-testid="trusted-keys">
          {keys.map((key) => (
            <li key={key.keyId}>
              <code>{key.keyId}</code>
              {key.packIds && ` (${key.packIds.join(', ')})`}{' '}
              {!locked && (
                <button type="button" aria-label={t('packsKeyRemoveNamed', key.keyId)} onClick={() => void store(adviserKeys.filter((k) => k.keyId !== key.keyId))}>
                  {t('packsRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {locked ? (
        <p class="muted locked" data-testid="keys-locked">
          {t('packsKeysLocked')}
        </p>
      ) : (
        <p>
          <label for="key-file">{t('packsKeyAdd')}</label>{' '}
          <input ref={input} id="key-file" type="file" accept=".json,.jwk,application/json" aria-describedby="keys-help" onChange={() => void onChange()} />
        </p>
      )}
      {problem && (
        <p role="alert" class="error-text">
          {problem}
        </p>
      )}
    </section>
  );
}
