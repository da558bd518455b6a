import { useInfiniteQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { fetchResourceList, type ResourceListQuery } from '../../../api/resource-list';

export const PAGE_SIZE = 500;

/**
 * One kind's rows, a page of PAGE_SIZE at a time (the server pages with `continue`). Kept current
 * by the WebSocket (see useLiveUpdates); the slow poll is a safety net for a socket that cannot
 * connect (a proxy without WebSocket support).
 */
export function useResourceList(q: Omit<ResourceListQuery, 'continueToken' | 'limit'>, enabled = true) {
  return useInfiniteQuery({
    queryKey: queryKeys.resourceList(q),
    queryFn: ({ pageParam, signal }) =>
      fetchResourceList({ ...q, limit: PAGE_SIZE, continueToken: pageParam || undefined }, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.continueToken || undefined,
    enabled,
    staleTime: 5_000,
    refetchInterval: 60_000,
  });
}
