import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
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

function setup() {
  const client = new QueryClient();
  client.setQueryData<InfiniteData<ResourceList, string>>(key, {
    pages: [{ kind: 'pods', columns, rows: [row('old')], continueToken: '', resourceVersion: '1' }],
    pageParams: [''],
  });
  const socket = new FakeSocket();
  const live = new LiveUpdates(client, () => socket);
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
});
