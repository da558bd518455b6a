import { create } from 'zustand';
import { DEFAULT_KIND, formatHash, parseHash } from '../lib/hash-route';

/** Client state shared by features: what the user is looking at. Mirrored into the URL hash. */
interface SelectionState {
  resourceName: string;
  /** '' = all namespaces */
  namespace: string;
  sidebarOpen: boolean;
  selectKind: (resourceName: string) => void;
  selectNamespace: (namespace: string) => void;
  toggleSidebar: () => void;
}

const initial = typeof window !== 'undefined' ? parseHash(window.location.hash) : { resourceName: DEFAULT_KIND, namespace: '' };

export const useSelection = create<SelectionState>()((set) => ({
  resourceName: initial.resourceName,
  namespace: initial.namespace,
  sidebarOpen: true,
  selectKind: (resourceName) => set({ resourceName }),
  selectNamespace: (namespace) => set({ namespace }),
  toggleSidebar: () => set((s) => ({ sidebarOpen: !s.sidebarOpen })),
}));

/** Keeps store and hash in step both ways; returns an unsubscribe function. */
export function syncSelectionWithHash(win: Window = window): () => void {
  const fromHash = () => {
    const r = parseHash(win.location.hash);
    const s = useSelection.getState();
    if (r.resourceName !== s.resourceName || r.namespace !== s.namespace) {
      useSelection.setState({ resourceName: r.resourceName, namespace: r.namespace });
    }
  };
  fromHash();
  const s0 = useSelection.getState();
  const canonical = formatHash({ resourceName: s0.resourceName, namespace: s0.namespace });
  if (win.location.hash !== canonical) win.history.replaceState(null, '', canonical);
  const unsubscribe = useSelection.subscribe((s) => {
    const next = formatHash({ resourceName: s.resourceName, namespace: s.namespace });
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
