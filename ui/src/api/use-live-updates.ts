import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { ConnectionStatus, LiveTarget, LiveUpdates } from './live-updates';

/** The tab's live updates, or null when off (tests, or before the app provides them). */
export const LiveUpdatesContext = createContext<LiveUpdates | null>(null);

/**
 * Keeps a resource list live while the calling component is mounted and `enabled`: its snapshot
 * and changes are written into the list's query cache.
 */
export function useLiveUpdates(target: LiveTarget, enabled = true) {
  const live = useContext(LiveUpdatesContext);
  const { resourceName, namespace, labelSelector } = target;
  useEffect(() => {
    if (!live || !enabled || !resourceName) return undefined;
    return live.subscribe({ resourceName, namespace: namespace || undefined, labelSelector: labelSelector || undefined });
  }, [live, enabled, resourceName, namespace, labelSelector]);
}

const NO_STATUS = () => () => {};

/** The tab's WebSocket as the connection indicator shows it; null when live updates are off. */
export function useConnectionStatus(): ConnectionStatus | null {
  const live = useContext(LiveUpdatesContext);
  return useSyncExternalStore(
    live ? (onChange) => live.onStatus(onChange) : NO_STATUS,
    () => (live ? live.getStatus() : null),
  );
}
