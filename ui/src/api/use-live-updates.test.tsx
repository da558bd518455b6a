import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LiveTarget, LiveUpdates } from './live-updates';
import { LiveUpdatesContext, useLiveUpdates } from './use-live-updates';

function Table({ target, enabled }: { target: LiveTarget; enabled: boolean }) {
  useLiveUpdates(target, enabled);
  return null;
}

function fakeLive() {
  const unsubscribe = vi.fn();
  const subscribe = vi.fn(() => unsubscribe);
  return { live: { subscribe } as unknown as LiveUpdates, subscribe, unsubscribe };
}

describe('useLiveUpdates', () => {
  it('subscribes the shown list once it loaded, and lets go when it changes or unmounts', () => {
    const { live, subscribe, unsubscribe } = fakeLive();
    const view = (target: LiveTarget, enabled: boolean) => (
      <LiveUpdatesContext.Provider value={live}>
        <Table target={target} enabled={enabled} />
      </LiveUpdatesContext.Provider>
    );
    const { rerender, unmount } = render(view({ resourceName: 'pods', namespace: '' }, false));
    expect(subscribe).not.toHaveBeenCalled();

    rerender(view({ resourceName: 'pods', namespace: '' }, true));
    expect(subscribe).toHaveBeenCalledWith({ resourceName: 'pods', namespace: undefined, labelSelector: undefined });

    rerender(view({ resourceName: 'pods', namespace: 'team-a' }, true));
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(subscribe).toHaveBeenLastCalledWith({ resourceName: 'pods', namespace: 'team-a', labelSelector: undefined });

    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(2);
  });

  it('does nothing without live updates (tests, or a tab that opted out)', () => {
    expect(() => render(<Table target={{ resourceName: 'pods' }} enabled />)).not.toThrow();
  });
});
