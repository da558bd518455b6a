import { createContext, useContext, useEffect } from 'react';
import type { LiveTarget, LiveUpdates } from './live-updates';

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
