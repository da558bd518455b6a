import { act, render, screen } from '@testing-library/react';
import { Grommet } from 'grommet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveChange, LiveUpdates } from '../api/live-updates';
import { LiveUpdatesContext } from '../api/use-live-updates';
import { ChangeToasts, GROUP_WINDOW_MS, TOAST_MS } from './ChangeToasts';
import { theme } from './theme';

function fakeLive() {
  const listeners = new Set<(c: LiveChange) => void>();
  const live = { onChange: (l: (c: LiveChange) => void) => (listeners.add(l), () => listeners.delete(l)) } as unknown as LiveUpdates;
  const emit = (c: LiveChange) => listeners.forEach((l) => l(c));
  return { live, emit };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const texts = () => [...screen.getByTestId('toasts').querySelectorAll('span, p')].map((e) => e.textContent).filter((t) => /created|deleted/.test(t ?? ''));

describe('ChangeToasts', () => {
  it('groups a burst of changes into one toast per kind and change, then lets them go', () => {
    const { live, emit } = fakeLive();
    render(
      <Grommet theme={theme}>
        <LiveUpdatesContext.Provider value={live}>
          <ChangeToasts />
        </LiveUpdatesContext.Provider>
      </Grommet>,
    );
    act(() => {
      for (let i = 0; i < 200; i++) emit({ type: 'created', resourceName: 'pods', namespace: 'shop', name: `web-${i}` });
      emit({ type: 'deleted', resourceName: 'services', namespace: 'shop', name: 'old' });
      emit({ type: 'created', resourceName: 'events', namespace: 'shop', name: 'web-1.17a' }); // no toast for events
    });
    expect(texts()).toEqual([]); // still collecting
    act(() => vi.advanceTimersByTime(GROUP_WINDOW_MS));
    expect(new Set(texts())).toEqual(new Set(['200 pods created', 'service old deleted']));
    act(() => vi.advanceTimersByTime(TOAST_MS));
    expect(texts()).toEqual([]);
  });
});
