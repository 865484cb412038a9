import { useEffect, useState } from 'preact/hooks';
import type { ManagedPolicy } from '../../utils/policy/managed-policy';
import { cachedManagedPolicy, watchManagedPolicy } from '../../utils/policy/policy-store';

/** The organisation's policy as the background last stored it, following each new one live; undefined until read. */
export function useManagedPolicy(): ManagedPolicy | undefined {
  const [policy, setPolicy] = useState<ManagedPolicy>();
  useEffect(() => {
    let open = true;
    const stop = watchManagedPolicy(setPolicy);
    void cachedManagedPolicy().then((read) => {
      if (open) setPolicy((seen) => seen ?? read);
    });
    return () => {
      open = false;
      stop();
    };
  }, []);
  return policy;
}
