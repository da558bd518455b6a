import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { Grommet } from 'grommet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveUpdates, type SocketLike } from '../api/live-updates';
import { LiveUpdatesContext } from '../api/use-live-updates';
import { ConnectionIndicator, describeConnection } from './ConnectionIndicator';
import { theme } from './theme';

class FakeSocket implements SocketLike {
  readyState = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  send() {}
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ConnectionIndicator', () => {
  it('says Live, then Reconnecting with a countdown to the next try, then Offline: data may be stale', () => {
    const sockets: FakeSocket[] = [];
    const live = new LiveUpdates(new QueryClient(), () => {
      const s = new FakeSocket();
      sockets.push(s);
      return s;
    });
    render(
      <Grommet theme={theme}>
        <LiveUpdatesContext.Provider value={live}>
          <ConnectionIndicator />
        </LiveUpdatesContext.Provider>
      </Grommet>,
    );
    expect(screen.queryByTestId('connection')).toBeNull(); // nothing subscribed yet
    act(() => {
      live.subscribe({ resourceName: 'pods' });
    });
    expect(screen.getByTestId('connection').textContent).toBe('Connecting…');
    act(() => sockets[0].open());
    expect(screen.getByTestId('connection').textContent).toBe('Live');

    // The socket drops: 500 ms until the first retry.
    act(() => sockets[0].drop());
    expect(screen.getByTestId('connection').textContent).toBe('Reconnecting… next try in 1 s');
    // Each failed retry doubles the wait; the countdown ticks.
    act(() => vi.advanceTimersByTime(500));
    act(() => sockets[1].drop()); // 1 s
    act(() => vi.advanceTimersByTime(1000));
    act(() => sockets[2].drop()); // 2 s
    expect(screen.getByTestId('connection').textContent).toBe('Reconnecting… next try in 2 s');
    act(() => vi.advanceTimersByTime(2000));
    act(() => sockets[3].drop()); // 4 s, the fourth failure in a row
    expect(screen.getByTestId('connection').textContent).toBe('Offline: data may be stale · next try in 4 s');
    expect(screen.getByTestId('connection').getAttribute('data-state')).toBe('offline');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByTestId('connection').textContent).toBe('Offline: data may be stale · next try in 3 s');

    act(() => vi.advanceTimersByTime(3000));
    act(() => sockets[4].open());
    expect(screen.getByTestId('connection').textContent).toBe('Live');
    live.stop();
  });

  it('says nothing while live updates are off', () => {
    expect(describeConnection({ state: 'idle' }, 0)).toBeNull();
    expect(describeConnection({ state: 'reconnecting', nextRetryAt: 900 }, 1000)?.text).toBe('Reconnecting… retrying now');
  });
});
