/**
 * The organisation's managed policy, as the browser hands it over
 * (`storage.managed`: Chrome/Edge policy under 3rdparty → extensions → <id>,
 * Firefox policies.json "3rdparty"), read into one typed value. Declared in
 * public/managed_schema.json; Chrome validates against that schema, Firefox
 * does not, so every value is checked again here and a wrong one is ignored
 * (and listed in `problems`) rather than trusted. Pure.
 */
import type { TrustedKey } from '../../rules/pack-signature';
import { isAllowedPackUrl } from '../packs/pack-url';
import { MANAGED_RETENTION_KEY, MAX_RETENTION_DAYS, validRetentionDays } from '../notes/retention-policy';

export const DEFAULT_UPDATE_INTERVAL_MINUTES = 6 * 60;
export const MIN_UPDATE_INTERVAL_MINUTES = 15;
export const MAX_UPDATE_INTERVAL_MINUTES = 7 * 24 * 60;

/** The keys in public/managed_schema.json (notesRetentionDays is applied by utils/notes/retention.ts; read here to be shown). */
export const POLICY_KEYS = {
  packSubscriptions: 'packSubscriptions',
  trustedKeys: 'trustedPackKeys',
  allowFileImports: 'allowPackFileImports',
  requireSignedPacks: 'requireSignedPacks',
  allowDowngrades: 'allowPackDowngrades',
  updateIntervalMinutes: 'packUpdateIntervalMinutes',
  caseSystemOrigins: 'caseSystemOrigins',
  allowSitePacks: 'allowAdviserSitePacks',
  notesPassphraseRequired: 'notesPassphraseRequired',
  notesRetentionDays: MANAGED_RETENTION_KEY,
} as const;

export interface PolicySubscription {
  url: string;
  signatureUrl: string;
}

/** Each setting is undefined when the organisation did not set it (the adviser's choice or the default applies). */
export interface ManagedPolicy {
  packSubscriptions: PolicySubscription[];
  trustedKeys: TrustedKey[];
  allowFileImports?: boolean;
  requireSignedPacks?: boolean;
  allowDowngrades?: boolean;
  updateIntervalMinutes?: number;
  /** Origin match patterns, `https://cases.example.org/*`. */
  caseSystemOrigins: string[];
  /** false: advisers may not choose a pack for a case system no pack's host bindings name (utils/site-packs.ts). */
  allowSitePacks?: boolean;
  notesPassphraseRequired?: boolean;
  /** The most days a note is kept (utils/notes/retention.ts applies it). */
  notesRetentionDays?: number;
  /** Policy values that were present but unusable, in English for the support desk (shown in the options page). */
  problems: string[];
}

export const NO_POLICY: ManagedPolicy = { packSubscriptions: [], trustedKeys: [], caseSystemOrigins: [], problems: [] };

/** `<url>.sig` next to the pack unless the policy or adviser names another. */
export const defaultSignatureUrl = (url: string) => `${url}.sig`;

export function parseManagedPolicy(raw: Record<string, unknown> | undefined): ManagedPolicy {
  if (!raw) return NO_POLICY;
  const problems: string[] = [];
  const flag = (key: string): boolean | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    problems.push(`${key}: expected true or false`);
    return undefined;
  };
  const list = (key: string): unknown[] => {
    const value = raw[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    problems.push(`${key}: expected a list`);
    return [];
  };

  const packSubscriptions: PolicySubscription[] = [];
  list(POLICY_KEYS.packSubscriptions).forEach((entry, index) => {
    const url = typeof entry === 'string' ? entry : isRecord(entry) ? entry.url : undefined;
    const signatureUrl = isRecord(entry) && typeof entry.signatureUrl === 'string' ? entry.signatureUrl : typeof url === 'string' ? defaultSignatureUrl(url) : '';
    if (typeof url !== 'string' || !isAllowedPackUrl(url) || !isAllowedPackUrl(signatureUrl)) {
      problems.push(`${POLICY_KEYS.packSubscriptions}[${index}]: needs an https:// url (and signatureUrl)`);
      return;
    }
    if (!packSubscriptions.some((s) => s.url === url)) packSubscriptions.push({ url, signatureUrl });
  });

  const trustedKeys: TrustedKey[] = [];
  list(POLICY_KEYS.trustedKeys).forEach((entry, index) => {
    const publicKey = isRecord(entry) ? entry.publicKey : undefined;
    if (!isRecord(entry) || typeof entry.keyId !== 'string' || entry.keyId === '' || !(typeof publicKey === 'string' || isRecord(publicKey))) {
      problems.push(`${POLICY_KEYS.trustedKeys}[${index}]: needs keyId and publicKey`);
      return;
    }
    const packIds = Array.isArray(entry.packIds) ? entry.packIds.filter((id): id is string => typeof id === 'string') : undefined;
    trustedKeys.push({ keyId: entry.keyId, publicKey: publicKey as TrustedKey['publicKey'], ...(packIds && { packIds }) });
  });

  const caseSystemOrigins: string[] = [];
  list(POLICY_KEYS.caseSystemOrigins).forEach((entry, index) => {
    const pattern = typeof entry === 'string' ? originMatchPattern(entry) : undefined;
    if (!pattern) problems.push(`${POLICY_KEYS.caseSystemOrigins}[${index}]: expected an origin such as https://cases.example.org`);
    else if (!caseSystemOrigins.includes(pattern)) caseSystemOrigins.push(pattern);
  });

  let updateIntervalMinutes: number | undefined;
  const interval = raw[POLICY_KEYS.updateIntervalMinutes];
  if (interval !== undefined) {
    if (typeof interval === 'number' && Number.isInteger(interval) && interval >= MIN_UPDATE_INTERVAL_MINUTES && interval <= MAX_UPDATE_INTERVAL_MINUTES) {
      updateIntervalMinutes = interval;
    } else problems.push(`${POLICY_KEYS.updateIntervalMinutes}: expected whole minutes from ${MIN_UPDATE_INTERVAL_MINUTES} to ${MAX_UPDATE_INTERVAL_MINUTES}`);
  }

  const retention = raw[POLICY_KEYS.notesRetentionDays];
  const notesRetentionDays = validRetentionDays(retention);
  if (retention !== undefined && notesRetentionDays === undefined) problems.push(`${POLICY_KEYS.notesRetentionDays}: expected whole days from 1 to ${MAX_RETENTION_DAYS}`);

  return withoutUndefined({
    packSubscriptions,
    trustedKeys,
    allowFileImports: flag(POLICY_KEYS.allowFileImports),
    requireSignedPacks: flag(POLICY_KEYS.requireSignedPacks),
    allowDowngrades: flag(POLICY_KEYS.allowDowngrades),
    updateIntervalMinutes,
    caseSystemOrigins,
    allowSitePacks: flag(POLICY_KEYS.allowSitePacks),
    notesPassphraseRequired: flag(POLICY_KEYS.notesPassphraseRequired),
    notesRetentionDays,
    problems,
  });
}

/** `https://cases.example.org` or `https://cases.example.org/*` → `https://cases.example.org/*`; undefined for anything else. */
export function originMatchPattern(value: string): string | undefined {
  const match = /^(https?):\/\/([a-z0-9.-]+(?::\d{1,5})?)\/?\*?$/i.exec(value.trim());
  return match ? `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}/*` : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
