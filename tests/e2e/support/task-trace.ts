// The page's main-thread tasks as Chromium traces them (CDP Tracing), and which of
// them ran the extension's scripts. Each task carries its wall time and its thread
// time (CPU time of the main thread): on a loaded machine the wall time of any task
// stretches while the thread waits for a core, the thread time does not, so a long
// task the extension causes is judged by thread time and its wall time is reported.
import type { CDPSession } from 'playwright-core';

/** A long task, in the Long Tasks API's sense: 50 ms or more. */
export const LONG_TASK_MS = 50;

export interface TracedTask {
  /** Trace clock (µs). */
  start: number;
  wallMs: number;
  threadMs: number;
  /** Thread time of the extension's own script calls inside it, garbage collection inside them left out. */
  extensionThreadMs: number;
  /**
   * Garbage collection that ran inside the extension's calls. The heap is shared with the page, and a
   * collection runs in whatever call is on the thread when it is due: on a page that throws away a form
   * of 156 fields ten times a second, most of what it collects is the page's.
   */
  gcInsideExtensionMs: number;
}

/**
 * One call of the page's own script (a timer, an event handler) that dispatched events
 * (a `focus()` dispatches focus and focusin at once). Chromium traces the listeners run
 * by such a nested dispatch only inside its EventDispatch, not as calls of their own: on
 * a page with no listener of its own for those events, the dispatches' time is the
 * extension's.
 */
export interface HostCall {
  /** Trace clock (µs). */
  start: number;
  /** Thread time of the page's call, everything inside it included. */
  threadMs: number;
  /** Thread time of the events it dispatched (their listeners), by type. */
  dispatchThreadMs: Record<string, number>;
}

export interface TaskTrace {
  /** Tasks on the page renderer's main thread in which the extension's scripts ran. */
  extensionTasks: TracedTask[];
  /** The page's script calls (from `hostPrefix`) that dispatched events (`HostCall`). */
  hostCalls: HostCall[];
  /** Thread time of all the extension's script calls on that thread, garbage collection inside them left out. */
  extensionThreadMs: number;
  /** Every task on that thread. */
  tasks: number;
  /** Every task on that thread, with or without the extension's scripts (on an extension page, all of them are the extension's). */
  pageTasks: TracedTask[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}

/**
 * Start tracing tasks and script calls; `stop()` ends the trace and says which
 * tasks on the main thread where scripts from `scriptPrefix` run (the page's)
 * ran them, and which calls of the page's own scripts (from `hostPrefix`) the
 * extension's listeners ran inside. Only tasks and calls are kept while the trace
 * streams in.
 */
export async function traceTasks(cdp: CDPSession, scriptPrefix: string, hostPrefix = '\0'): Promise<{ stop(): Promise<TaskTrace> }> {
  const tasks: TraceEvent[] = [];
  const calls: TraceEvent[] = [];
  const hostCalls: TraceEvent[] = [];
  const dispatches: TraceEvent[] = [];
  const collections: TraceEvent[] = [];
  const mainThreads = new Set<string>();
  const key = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const onData = (payload: { value: object[] }) => {
    for (const event of payload.value as TraceEvent[]) {
      if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain') mainThreads.add(key(event));
      else if (event.ph !== 'X') continue;
      else if (event.name === 'RunTask') tasks.push(event);
      else if (event.name === 'FunctionCall' && event.args?.data?.url?.startsWith(scriptPrefix)) calls.push(event);
      else if (event.name === 'FunctionCall' && event.args?.data?.url?.startsWith(hostPrefix)) hostCalls.push(event);
      else if (event.name === 'EventDispatch') dispatches.push(event);
      else if (event.name === 'MinorGC' || event.name === 'MajorGC') collections.push(event);
    }
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      // The page's main thread: the renderer main thread where the extension's content script runs.
      const threads = new Set(calls.map(key).filter((thread) => mainThreads.has(thread)));
      const onThread = (events: TraceEvent[]) => events.filter((e) => threads.has(key(e))).sort((a, b) => a.ts - b.ts);
      const ourCalls = topLevel(onThread(calls));
      const ourTasks = topLevel(onThread(tasks));
      const ourCollections = onThread(collections);
      /** Thread time of the collections inside `call` (µs). */
      const collectedIn = (call: TraceEvent) => {
        const end = call.ts + (call.dur ?? 0);
        return ourCollections.filter((gc) => gc.ts >= call.ts && gc.ts < end).reduce((sum, gc) => sum + (gc.tdur ?? gc.dur ?? 0), 0);
      };
      const extensionTasks: TracedTask[] = [];
      const pageTasks: TracedTask[] = [];
      let at = 0;
      for (const task of ourTasks) {
        const end = task.ts + (task.dur ?? 0);
        let threadUs = 0;
        let gcUs = 0;
        while (at < ourCalls.length && ourCalls[at]!.ts < task.ts) at++;
        for (let i = at; i < ourCalls.length && ourCalls[i]!.ts < end; i++) {
          threadUs += ourCalls[i]!.tdur ?? ourCalls[i]!.dur ?? 0;
          gcUs += collectedIn(ourCalls[i]!);
        }
        const traced = {
          start: task.ts,
          wallMs: (task.dur ?? 0) / 1000,
          threadMs: (task.tdur ?? task.dur ?? 0) / 1000,
          extensionThreadMs: Math.max(0, threadUs - gcUs) / 1000,
          gcInsideExtensionMs: gcUs / 1000,
        };
        pageTasks.push(traced);
        if (threadUs > 0) extensionTasks.push(traced);
      }
      const extensionThreadMs = ourCalls.reduce((sum, call) => sum + Math.max(0, (call.tdur ?? call.dur ?? 0) - collectedIn(call)), 0) / 1000;
      // Events the page's own script calls dispatched, and the time their listeners took.
      const hostDispatching: HostCall[] = [];
      const ourDispatches = topLevel(onThread(dispatches));
      at = 0;
      for (const host of topLevel(onThread(hostCalls))) {
        const end = host.ts + (host.dur ?? 0);
        const byType: Record<string, number> = {};
        while (at < ourDispatches.length && ourDispatches[at]!.ts < host.ts) at++;
        for (let i = at; i < ourDispatches.length && ourDispatches[i]!.ts < end; i++) {
          const type = ourDispatches[i]!.args?.data?.type ?? '?';
          byType[type] = (byType[type] ?? 0) + (ourDispatches[i]!.tdur ?? ourDispatches[i]!.dur ?? 0) / 1000;
        }
        if (Object.keys(byType).length) hostDispatching.push({ start: host.ts, threadMs: (host.tdur ?? host.dur ?? 0) / 1000, dispatchThreadMs: byType });
      }
      return { extensionTasks, hostCalls: hostDispatching, extensionThreadMs, tasks: ourTasks.length, pageTasks };
    },
  };
}

/** Events not inside another of the list (sorted by start, one thread). */
function topLevel(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const event of events) {
    if (event.ts < end) continue;
    out.push(event);
    end = event.ts + (event.dur ?? 0);
  }
  return out;
}

/**
 * A long task the extension is the cause of: its own calls took a long task's
 * time, or the larger part of a long task. (A page's own long render in which the
 * extension ran for a moment is the page's.)
 */
export function longBecauseOfExtension(task: TracedTask): boolean {
  return task.extensionThreadMs >= LONG_TASK_MS || (task.threadMs >= LONG_TASK_MS && task.extensionThreadMs >= task.threadMs / 2);
}
