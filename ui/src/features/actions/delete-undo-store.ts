import { create } from 'zustand';
import { deleteObject, type ObjectRef } from './api/object-writes';

/** How long a delete waits for an Undo before it is sent. */
export const UNDO_MS = 5_000;

export interface PendingDelete {
  id: number;
  refs: ObjectRef[];
  /** When the request goes out (ms since epoch). */
  sendAt: number;
}

export interface DeleteOutcome {
  refs: ObjectRef[];
  /** One error per object that could not be deleted (same order as refs; undefined = deleted). */
  errors: (Error | undefined)[];
}

interface DeleteState {
  pending: PendingDelete[];
  schedule: (refs: ObjectRef[], onDone?: (outcome: DeleteOutcome) => void) => number;
  undo: (id: number) => void;
}

// Timers live outside React: a delete scheduled on a detail page still goes out (or is undone
// from another view) after that page closed.
const timers = new Map<number, ReturnType<typeof setTimeout>>();
let nextId = 1;

/** The tab's deletes waiting for their Undo window (client state only; nothing sent yet). */
export const useDeleteStore = create<DeleteState>((set) => ({
  pending: [],
  schedule: (refs, onDone) => {
    const id = nextId++;
    set((s) => ({ pending: [...s.pending, { id, refs, sendAt: Date.now() + UNDO_MS }] }));
    timers.set(id, setTimeout(async () => {
      timers.delete(id);
      set((s) => ({ pending: s.pending.filter((p) => p.id !== id) }));
      const results = await Promise.allSettled(refs.map((r) => deleteObject(r)));
      onDone?.({ refs, errors: results.map((r) => (r.status === 'rejected' ? (r.reason as Error) : undefined)) });
    }, UNDO_MS));
    return id;
  },
  undo: (id) => {
    const timer = timers.get(id);
    if (timer === undefined) return; // already sent
    clearTimeout(timer);
    timers.delete(id);
    set((s) => ({ pending: s.pending.filter((p) => p.id !== id) }));
  },
}));

/**
 * Deletes with a 5 s Undo: `schedule(refs)` sends nothing until UNDO_MS passed without `undo(id)`.
 * For the detail page's Delete and a list's bulk-action bar alike.
 */
export function useDeleteWithUndo() {
  const schedule = useDeleteStore((s) => s.schedule);
  const undo = useDeleteStore((s) => s.undo);
  const pending = useDeleteStore((s) => s.pending);
  return { schedule, undo, pending };
}
