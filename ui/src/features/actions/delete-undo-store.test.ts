import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS, useDeleteStore } from './delete-undo-store';

const pod = { kind: 'pods', namespace: 'shop', name: 'web-1' };

describe('delete with undo', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends nothing for 5 s, then the DELETE', async () => {
    const done = vi.fn();
    useDeleteStore.getState().schedule([pod], done);
    expect(useDeleteStore.getState().pending).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/resources/pods/shop/web-1');
    expect((fetchMock.mock.calls[0][1] as RequestInit).method).toBe('DELETE');
    expect(useDeleteStore.getState().pending).toHaveLength(0);
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith({ refs: [pod], errors: [undefined] }));
  });

  it('Undo within the window sends nothing at all', async () => {
    const id = useDeleteStore.getState().schedule([pod, { kind: 'nodes', name: 'n1' }]);
    await vi.advanceTimersByTimeAsync(4_999);
    useDeleteStore.getState().undo(id);
    expect(useDeleteStore.getState().pending).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports each object that could not be deleted', async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ status: 403, title: 'Forbidden', detail: 'no' }), { status: 403 }));
    const done = vi.fn();
    useDeleteStore.getState().schedule([{ kind: 'nodes', name: 'n1' }], done);
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/resources/nodes/_/n1');
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
    expect(done.mock.calls[0][0].errors[0].status).toBe(403);
  });
});
