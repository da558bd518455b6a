import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveUpdates, type SocketLike } from './live-updates';
import { queryKeys } from './query-keys';
import type { ResourceList } from './types';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(m: unknown) {
    this.onmessage?.({ data: JSON.stringify(m) });
  }
}

const target = { resourceName: 'pods', namespace: 'team-a' };
const key = queryKeys.resourceList(target);
const columns = [{ name: 'Name', type: 'STRING' as const, priority: 0 }];
const row = (name: string, phase = 'Running') => ({ name, namespace: 'team-a', cells: [name], status: phase, labels: {} });

function setup(batchMs = 0) {
  const client = new QueryClient();
  client.setQueryData<InfiniteData<ResourceList, string>>(key, {
    pages: [{ kind: 'pods', columns, rows: [row('old')], continueToken: '', resourceVersion: '1' }],
    pageParams: [''],
  });
  const socket = new FakeSocket();
  const live = new LiveUpdates(client, () => socket, { batchMs });
  const rows = () => client.getQueryData<InfiniteData<ResourceList, string>>(key)!.pages.flatMap((p) => p.rows);
  return { client, socket, live, rows };
}

describe('LiveUpdates', () => {
  it('subscribes once the socket opens', () => {
    const { socket, live } = setup();
    live.subscribe(target);
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sent).toEqual([{ type: 'subscribe', id: 's1', kind: 'pods', namespace: 'team-a' }]);
  });

  it('replaces the cached rows with the paged snapshot, then applies changes', () => {
    const { socket, live, rows } = setup();
    live.subscribe(target);
    socket.open();
    socket.receive({ type: 'snapshot', id: 's1', kind: 'pods', rows: [row('a')], page: 0, last: false });
    expect(rows().map((r) => r.name)).toEqual(['old']);
    socket.receive({ type: 'snapshot', id: 's1', kind: 'pods', rows: [row('b')], page: 1, last: true, resourceVersion: '9' });
    expect(rows().map((r) => r.name)).toEqual(['a', 'b']);

    socket.receive({ type: 'resource:created', id: 's1', kind: 'pods', namespace: 'team-a', name: 'c', row: row('c') });
    socket.receive({ type: 'resource:updated', id: 's1', kind: 'pods', namespace: 'team-a', name: 'a', row: row('a', 'Failed') });
    socket.receive({ type: 'resource:deleted', id: 's1', kind: 'pods', namespace: 'team-a', name: 'b', row: row('b') });
    expect(rows().map((r) => [r.name, r.status])).toEqual([['a', 'Failed'], ['c', 'Running']]);
  });

  it('ignores messages of other subscriptions and unsubscribes when the last user leaves', () => {
    const { socket, live, rows } = setup();
    const stop1 = live.subscribe(target);
    const stop2 = live.subscribe({ ...target });
    socket.open();
    socket.receive({ type: 'resource:created', id: 's9', name: 'x', row: row('x') });
    expect(rows().map((r) => r.name)).toEqual(['old']);
    stop1();
    expect(socket.sent.filter((m) => m.type === 'unsubscribe')).toEqual([]);
    stop2();
    expect(socket.sent.filter((m) => m.type === 'unsubscribe')).toEqual([{ type: 'unsubscribe', id: 's1' }]);
  });

  it('writes a burst of changes to the cache once, each row as its last change left it', () => {
    vi.useFakeTimers();
    const { client, socket, live, rows } = setup(50);
    live.subscribe(target);
    socket.open();
    socket.receive({ type: 'snapshot', id: 's1', kind: 'pods', rows: [row('a'), row('b')], page: 0, last: true });
    const writes = vi.spyOn(client, 'setQueryData');
    for (let i = 0; i < 200; i++) socket.receive({ type: 'resource:created', id: 's1', row: row(`n${i}`, 'Pending') });
    socket.receive({ type: 'resource:updated', id: 's1', row: row('a', 'Failed') });
    socket.receive({ type: 'resource:deleted', id: 's1', row: row('b') });
    socket.receive({ type: 'resource:updated', id: 's1', row: row('n7', 'Running') });
    socket.receive({ type: 'resource:deleted', id: 's1', row: row('n9') });
    expect(writes).not.toHaveBeenCalled();
    expect(rows().map((r) => r.name)).toEqual(['a', 'b']);

    vi.advanceTimersByTime(50);
    expect(writes).toHaveBeenCalledTimes(1);
    const after = rows();
    expect(after).toHaveLength(1 + 199); // a, and the new ones but n9; b deleted
    expect(after[0]).toMatchObject({ name: 'a', status: 'Failed' });
    expect(after.find((r) => r.name === 'n7')?.status).toBe('Running');
    expect(after.some((r) => r.name === 'n9' || r.name === 'b')).toBe(false);
    expect(after.map((r) => r.name).slice(1, 4)).toEqual(['n0', 'n1', 'n2']);
    live.stop();
  });

  it('applies queued changes before a snapshot, never after it', () => {
    vi.useFakeTimers();
    const { socket, live, rows } = setup(50);
    live.subscribe(target);
    socket.open();
    socket.receive({ type: 'resource:created', id: 's1', row: row('stale') });
    // A resync: the fresh snapshot is the truth, the queued change is older than it.
    socket.receive({ type: 'resync', id: 's1' });
    socket.receive({ type: 'snapshot', id: 's1', kind: 'pods', rows: [row('fresh')], page: 0, last: true });
    vi.advanceTimersByTime(50);
    expect(rows().map((r) => r.name)).toEqual(['fresh']);
    live.stop();
  });
});

afterEach(() => vi.useRealTimers());
