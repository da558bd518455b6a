import { useCallback, useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { listUrl, namespaceOfSegment, parseListParams, selectedUrl, type ListParams } from '../../lib/urls';

export const DEFAULT_KIND = 'pods';

export interface ListRoute {
  kind: string;
  params: ListParams;
  /** The object selected in the list (`/k/:kind/:ns/:name`), if any. */
  selected?: { namespace?: string; name: string };
  /**
   * Changes list parameters in the URL. `replace` for each keystroke of a filter (no history entry
   * per letter); `keepSelection: false` when the change makes the selection meaningless (another
   * namespace).
   */
  update: (patch: Partial<ListParams>, opts?: { replace?: boolean; keepSelection?: boolean }) => void;
}

/** The list view's state, which lives in the URL only (so every view is a shareable link). */
export function useListRoute(): ListRoute {
  const { kind = DEFAULT_KIND, ns, name } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const params = useMemo(() => parseListParams(search), [search]);
  const selectedNs = namespaceOfSegment(ns);
  const selected = useMemo(() => (name ? { namespace: selectedNs, name } : undefined), [selectedNs, name]);
  const update = useCallback<ListRoute['update']>(
    (patch, opts = {}) => {
      const next = { ...params, ...patch };
      const keep = selected && opts.keepSelection !== false;
      navigate(keep ? selectedUrl(kind, selected.namespace, selected.name, next) : listUrl(kind, next), { replace: opts.replace });
    },
    [params, selected, kind, navigate],
  );
  return { kind, params, selected, update };
}
