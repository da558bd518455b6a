import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { queryKeys } from '../../../api/query-keys';
import { fetchObject, type KubeObject } from '../../../api/resource-object';
import { SAFETY_POLL_MS } from '../../../api/use-resource-list';

/**
 * One object, kept current while shown: refetched whenever `version` changes (its row in a live
 * list, pushed over the WebSocket) and by the lists' slow safety poll otherwise.
 */
export function useObject(resourceName: string, namespace: string | undefined, name: string, version?: unknown) {
  const query = useQuery({
    queryKey: queryKeys.resourceObject(resourceName, namespace, name),
    queryFn: ({ signal }) => fetchObject(resourceName, namespace, name, signal),
    staleTime: 2_000,
    refetchInterval: SAFETY_POLL_MS,
  });
  const seen = useRef(version);
  const { refetch } = query;
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
  return query;
}

/** Several objects of one kind at once (an owner's candidate children), in the order given. */
export function useObjects(resourceName: string, namespace: string | undefined, names: string[]) {
  return useQueries({
    queries: names.map((name) => ({
      queryKey: queryKeys.resourceObject(resourceName, namespace, name),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchObject(resourceName, namespace, name, signal),
      staleTime: 10_000,
    })),
    combine: (results) => ({
      objects: results.map((r) => r.data).filter((o): o is KubeObject => o !== undefined),
      pending: results.some((r) => r.isPending),
    }),
  });
}
