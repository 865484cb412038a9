// Stands in for `wxt/browser` in benchmark pages, which have no extension APIs.
// Answers the coach's messages the way the background does, in memory, so the
// figures time the coach's own work and not a stub of it.
import { applySessionEvent, newSession, type InterviewSession } from '../../utils/interview/session';

let session: InterviewSession | null = null;
const local = new Map<string, unknown>();

export const browser = {
  i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
  storage: {
    local: {
      get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
      set: async (items: Record<string, unknown>) => Object.entries(items).forEach(([k, v]) => local.set(k, v)),
    },
  },
  runtime: {
    onMessage: { addListener: () => {} },
    sendMessage: async ({ type, data }: { type: string; data: { packId: string; event?: never } }) => {
      if (type === 'interview:load') return (session ??= newSession('s:bench', data.packId, Date.now()));
      if (type === 'interview:record' && session && data.event) return (session = applySessionEvent(session, data.event, Date.now()));
      return undefined;
    },
  },
};
