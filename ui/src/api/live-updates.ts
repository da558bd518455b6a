import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { obj, str } from './coerce';
import { queryKeys } from './query-keys';
import { adaptRow } from './resource-list';
import type { ResourceList, ResourceRow } from './types';

/**
 * One WebSocket per tab on /ws: subscriptions for the tables on screen, whose snapshots and
 * changes are written straight into the TanStack Query cache of the matching resource list
 * (never into a separate store). Reconnects with backoff and re-subscribes; each subscription's
 * first snapshot after (re)connecting replaces the cached rows, so nothing missed while
 * disconnected survives.
 */
export interface LiveTarget {
  resourceName: string;
  namespace?: string;
  labelSelector?: string;
}

/** The part of WebSocket used here: tests hand in a fake. */
export interface SocketLike {
  readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
}

type Rows = InfiniteData<ResourceList, string>;

/**
 * The socket as the connection indicator shows it: `live` while open; `reconnecting` after a drop
 * with the time of the next attempt; `offline` once several attempts in a row failed (it keeps
 * trying, at the longest backoff); `idle` before anything subscribed.
 */
export interface ConnectionStatus {
  state: 'idle' | 'connecting' | 'live' | 'reconnecting' | 'offline';
  /** Epoch millis of the next connection attempt while reconnecting or offline. */
  nextRetryAt?: number;
}

/** An object created or deleted in a list on screen (not the rows of a snapshot). */
export interface LiveChange {
  type: 'created' | 'deleted';
  resourceName: string;
  namespace?: string;
  name: string;
}

/**
 * Changes arriving within this window are written to the cache together: a burst of 200 updates
 * (a rollout) re-renders a 10,000-row list a few times, not 200 times.
 */
export const BATCH_MS = 50;

type ChangeType = 'resource:created' | 'resource:updated' | 'resource:deleted';

/** Failed attempts in a row after which the socket is shown as offline. */
export const OFFLINE_AFTER_FAILURES = 3;

const OPEN = 1;

function rowKey(r: { namespace?: string; name: string }): string {
  return `${r.namespace ?? ''}/${r.name}`;
}

export class LiveUpdates {
  private socket: SocketLike | null = null;
  private nextId = 1;
  private readonly targets = new Map<string, { target: LiveTarget; users: number }>();
  private readonly snapshots = new Map<string, ResourceRow[]>();
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private status: ConnectionStatus = { state: 'idle' };
  private readonly statusListeners = new Set<(s: ConnectionStatus) => void>();
  private readonly changeListeners = new Set<(c: LiveChange) => void>();
  private wasOpen = false;
  /** Changes not yet written to the cache, per list (by its query key's JSON). */
  private readonly pending = new Map<string, { key: readonly unknown[]; changes: { type: ChangeType; raw: unknown }[] }>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly batchMs: number;

  /** `batchMs`: see BATCH_MS; 0 writes each change at once. */
  constructor(
    private readonly client: QueryClient,
    private readonly connect: () => SocketLike = () => new WebSocket(defaultUrl()) as unknown as SocketLike,
    options: { batchMs?: number } = {},
  ) {
    this.batchMs = options.batchMs ?? BATCH_MS;
  }

  /** Keeps `target` live while subscribed; returns the unsubscribe function. */
  subscribe(target: LiveTarget): () => void {
    const existing = [...this.targets.entries()].find(([, t]) => sameTarget(t.target, target));
    if (existing) {
      existing[1].users++;
      return () => this.release(existing[0]);
    }
    const id = `s${this.nextId++}`;
    this.targets.set(id, { target, users: 1 });
    this.ensureSocket();
    this.sendSubscribe(id, target);
    return () => this.release(id);
  }

  /** The connection as it is now; see onStatus. */
  getStatus(): ConnectionStatus {
    return this.status;
  }

  /** Calls `listener` on each status change; returns the function that stops it. */
  onStatus(listener: (s: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Calls `listener` for each creation or deletion in a subscribed list. */
  onChange(listener: (c: LiveChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Asks the server for fresh snapshots of every subscribed list now (the Refresh control). */
  resubscribeAll(): void {
    if (this.socket?.readyState !== OPEN) return;
    this.targets.forEach((t, id) => {
      this.snapshots.delete(id);
      this.socket!.send(JSON.stringify({ type: 'unsubscribe', id }));
      this.sendSubscribe(id, t.target);
    });
  }

  private setStatus(status: ConnectionStatus) {
    this.status = status;
    this.statusListeners.forEach((l) => l(status));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.flushTimer);
    this.pending.clear();
    this.socket?.close();
    this.socket = null;
  }

  private release(id: string) {
    const t = this.targets.get(id);
    if (!t) return;
    if (--t.users > 0) return;
    this.targets.delete(id);
    this.snapshots.delete(id);
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify({ type: 'unsubscribe', id }));
  }

  private ensureSocket() {
    if (this.socket || this.stopped) return;
    const socket = this.connect();
    this.socket = socket;
    if (this.status.state === 'idle') this.setStatus({ state: 'connecting' });
    socket.onopen = () => {
      this.retry = 0;
      this.setStatus({ state: 'live' });
      // After a drop, data outside the subscribed lists (counts, the overview, namespaces) may be
      // stale too: refetch it. The lists themselves get a fresh snapshot from the subscriptions.
      if (this.wasOpen) void this.client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'resource-list' });
      this.wasOpen = true;
      this.targets.forEach((t, id) => this.sendSubscribe(id, t.target));
    };
    socket.onmessage = (ev) => this.handle(String(ev.data));
    socket.onclose = () => {
      this.socket = null;
      this.snapshots.clear();
      if (this.stopped) return;
      if (this.targets.size === 0) {
        this.setStatus({ state: 'idle' });
        return;
      }
      const delay = Math.min(30_000, 500 * 2 ** this.retry++);
      const nextRetryAt = Date.now() + delay;
      this.setStatus({ state: this.retry > OFFLINE_AFTER_FAILURES ? 'offline' : 'reconnecting', nextRetryAt });
      this.timer = setTimeout(() => this.ensureSocket(), delay);
    };
  }

  private sendSubscribe(id: string, target: LiveTarget) {
    if (this.socket?.readyState !== OPEN) return; // sent on open
    const message: Record<string, string> = { type: 'subscribe', id, kind: target.resourceName };
    if (target.namespace) message.namespace = target.namespace;
    if (target.labelSelector) message.labelSelector = target.labelSelector;
    this.socket.send(JSON.stringify(message));
  }

  private queueChange(key: readonly unknown[], type: ChangeType, raw: unknown) {
    const k = JSON.stringify(key);
    const entry = this.pending.get(k) ?? { key, changes: [] };
    entry.changes.push({ type, raw });
    this.pending.set(k, entry);
    if (this.batchMs <= 0) this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), this.batchMs);
  }

  /** Writes the queued changes, one cache write per list: each row ends as its last change says. */
  private flush() {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const lists = [...this.pending.values()];
    this.pending.clear();
    for (const { key, changes } of lists) {
      this.client.setQueryData<Rows>(key, (old) => (old?.pages.length ? applyChanges(old, changes) : old));
    }
  }

  private handle(text: string) {
    let m: Record<string, unknown>;
    try {
      m = obj(JSON.parse(text));
    } catch {
      return;
    }
    const id = str(m.id);
    const entry = this.targets.get(id);
    if (!entry) return;
    const key = queryKeys.resourceList(entry.target);
    switch (m.type) {
      case 'snapshot': {
        const rows = [...(this.snapshots.get(id) ?? [])];
        const columns = this.client.getQueryData<Rows>(key)?.pages[0]?.columns ?? [];
        for (const raw of Array.isArray(m.rows) ? m.rows : []) rows.push(adaptRow(raw, columns));
        if (m.last !== true) {
          this.snapshots.set(id, rows);
          return;
        }
        this.snapshots.delete(id);
        this.flush(); // changes that came before the snapshot must not land after it
        this.client.setQueryData<Rows>(key, (old) => {
          if (!old?.pages.length) return old; // no columns yet: the REST query fills the cache
          const first = { ...old.pages[0], rows, continueToken: '', resourceVersion: str(m.resourceVersion), live: true };
          return { pages: [first], pageParams: [''] };
        });
        return;
      }
      case 'resource:created':
      case 'resource:updated':
      case 'resource:deleted': {
        this.queueChange(key, m.type, m.row);
        if (m.type !== 'resource:updated') {
          const row = adaptRow(m.row, []);
          const change: LiveChange = {
            type: m.type === 'resource:created' ? 'created' : 'deleted',
            resourceName: entry.target.resourceName,
            namespace: row.namespace,
            name: row.name,
          };
          this.changeListeners.forEach((l) => l(change));
        }
        return;
      }
      case 'resync':
        this.snapshots.delete(id); // a fresh snapshot follows
        return;
      case 'error':
        if (m.ended === true) this.targets.delete(id); // the table keeps its REST polling
        return;
      default:
    }
  }
}

/**
 * `old` with `changes` applied in one pass over its rows: a changed row is replaced where it is (or
 * dropped when deleted); rows not there yet are added to the last page, in the order they came.
 */
function applyChanges(old: Rows, changes: readonly { type: ChangeType; raw: unknown }[]): Rows {
  const columns = old.pages[0].columns;
  const latest = new Map<string, { type: ChangeType; row: ResourceRow }>();
  for (const c of changes) {
    const row = adaptRow(c.raw, columns);
    const k = rowKey(row);
    latest.delete(k); // re-inserted: a row added twice keeps the order of its last change
    latest.set(k, { type: c.type, row });
  }
  const pages = old.pages.map((page) => {
    let touched = false;
    const rows = page.rows.flatMap((r) => {
      const change = latest.get(rowKey(r));
      if (!change) return [r];
      touched = true;
      latest.delete(rowKey(r));
      return change.type === 'resource:deleted' ? [] : [change.row];
    });
    return touched ? { ...page, rows } : page;
  });
  const added = [...latest.values()].filter((c) => c.type !== 'resource:deleted').map((c) => c.row);
  if (added.length) {
    const last = pages[pages.length - 1];
    pages[pages.length - 1] = { ...last, rows: [...last.rows, ...added] };
  }
  return { ...old, pages };
}

function sameTarget(a: LiveTarget, b: LiveTarget): boolean {
  return a.resourceName === b.resourceName && (a.namespace ?? '') === (b.namespace ?? '')
    && (a.labelSelector ?? '') === (b.labelSelector ?? '');
}

function defaultUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws`;
}
