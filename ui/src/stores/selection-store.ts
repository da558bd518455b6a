import { create } from 'zustand';
import { DEFAULT_KIND, formatHash, parseHash } from '../lib/hash-route';

/** Client state shared by features: what the user is looking at. Mirrored into the URL hash. */
interface SelectionState {
  resourceName: string;
  /** '' = all namespaces */
  namespace: string;
  /** A plugin page's path (see registerRoute); '' while a kind's table is shown. */
  page: string;
  sidebarOpen: boolean;
  selectKind: (resourceName: string) => void;
  selectNamespace: (namespace: string) => void;
  openPage: (page: string) => void;
  toggleSidebar: () => void;
}

const initial = typeof window !== 'undefined' ? parseHash(window.location.hash) : { resourceName: DEFAULT_KIND, namespace: '', page: '' };

export const useSelection = create<SelectionState>()((set) => ({
  resourceName: initial.resourceName,
  namespace: initial.namespace,
  page: initial.page,
  sidebarOpen: true,
  selectKind: (resourceName) => set({ resourceName, page: '' }),
  selectNamespace: (namespace) => set({ namespace }),
  openPage: (page) => set({ page }),
  toggleSidebar: () => set((s) => ({ sidebarOpen: !s.sidebarOpen })),
}));

function hashOf(s: SelectionState): string {
  return formatHash({ resourceName: s.resourceName, namespace: s.namespace, page: s.page });
}

/** Keeps store and hash in step both ways; returns an unsubscribe function. */
export function syncSelectionWithHash(win: Window = window): () => void {
  const fromHash = () => {
    const r = parseHash(win.location.hash);
    const s = useSelection.getState();
    // A plugin page keeps the last kind, so "back to the table" returns where the user was.
    const next = r.page ? { namespace: r.namespace, page: r.page } : r;
    if (next.namespace !== s.namespace || next.page !== s.page || (!r.page && r.resourceName !== s.resourceName)) {
      useSelection.setState(next);
    }
  };
  fromHash();
  const canonical = hashOf(useSelection.getState());
  if (win.location.hash !== canonical) win.history.replaceState(null, '', canonical);
  const unsubscribe = useSelection.subscribe((s) => {
    const next = hashOf(s);
    if (win.location.hash !== next) win.history.pushState(null, '', next);
  });
  win.addEventListener('hashchange', fromHash);
  win.addEventListener('popstate', fromHash);
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', fromHash);
    win.removeEventListener('popstate', fromHash);
  };
}
