import { Box, Notification } from 'grommet';
import { useContext, useEffect, useRef, useState } from 'react';
import type { LiveChange } from '../api/live-updates';
import { LiveUpdatesContext } from '../api/use-live-updates';
import { groupChanges, pushToasts, type ChangeToast } from '../lib/toast-grouping';

/** Changes arriving within this window become one set of grouped toasts. */
export const GROUP_WINDOW_MS = 1000;
/** How long a toast stays. */
export const TOAST_MS = 6000;

/** Events are notices themselves: a toast per new Event would be noise. */
function worthAToast(c: LiveChange): boolean {
  return !/^events(\.|$)/.test(c.resourceName);
}

/**
 * Creations and deletions in the lists on screen, as toasts: changes are collected for a short
 * window and summarized per kind and kind of change (lib/toast-grouping.ts), so a rollout of 200
 * pods is one toast, never a flood.
 */
export function ChangeToasts() {
  const live = useContext(LiveUpdatesContext);
  const [toasts, setToasts] = useState<ChangeToast[]>([]);
  const pending = useRef<LiveChange[]>([]);
  const nextId = useRef(1);

  useEffect(() => {
    if (!live) return undefined;
    let flush: ReturnType<typeof setTimeout> | undefined;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = live.onChange((change) => {
      if (!worthAToast(change)) return;
      pending.current.push(change);
      if (flush) return;
      flush = setTimeout(() => {
        flush = undefined;
        const incoming = groupChanges(pending.current).map((t) => ({ ...t, id: `t${nextId.current++}` }));
        pending.current = [];
        setToasts((shown) => pushToasts(shown, incoming));
        for (const t of incoming) {
          const timer = setTimeout(() => {
            timers.delete(timer);
            setToasts((shown) => shown.filter((s) => s.id !== t.id));
          }, TOAST_MS);
          timers.add(timer);
        }
      }, GROUP_WINDOW_MS);
    });
    return () => {
      stop();
      clearTimeout(flush);
      timers.forEach(clearTimeout);
    };
  }, [live]);

  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid="toasts"
      gap="small"
      width={{ max: '400px' }}
      style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 20 }}
    >
      {toasts.map((t) => (
        <Notification
          key={t.id}
          status={t.tone === 'warning' ? 'warning' : 'info'}
          message={t.text}
          onClose={() => setToasts((shown) => shown.filter((s) => s.id !== t.id))}
        />
      ))}
    </Box>
  );
}
