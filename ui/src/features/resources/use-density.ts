import { useCallback, useState } from 'react';
import type { Density } from './components/ResourceTable';

const KEY = 'k8sd.density';

/** The table's row density, remembered in localStorage (a layout preference, nothing sensitive). */
export function useDensity(): [Density, (d: Density) => void] {
  const [density, setDensity] = useState<Density>(() => (readStored() === 'compact' ? 'compact' : 'comfortable'));
  const set = useCallback((d: Density) => {
    setDensity(d);
    try {
      localStorage.setItem(KEY, d);
    } catch {
      // storage off (private mode): the choice lasts for this page only
    }
  }, []);
  return [density, set];
}

function readStored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
