import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { queryKeys } from './query-keys';
import { fetchResourceList, type ResourceListQuery } from './resource-list';
import { mergeSafetyPoll } from './safety-poll';
import type { ResourceList } from './types';

export const PAGE_SIZE = 500;
export const SAFETY_POLL_MS = 60_000;

/**
 * One kind's rows, a page of PAGE_SIZE at a time (the server pages with `continue`). Kept current
 * by the WebSocket (see useLiveUpdates), whose snapshot makes the cached list whole; the slow poll
 * is a safety net for a socket that cannot connect (a proxy without WebSocket support), and its
 * first page is merged into a live list rather than replacing it (mergeSafetyPoll).
 */
export function useResourceList(q: Omit<ResourceListQuery, 'continueToken' | 'limit'>, enabled = true) {
  const client = useQueryClient();
  const key = queryKeys.resourceList(q);
  return useInfiniteQuery({
    queryKey: key,
    queryFn: async ({ pageParam, signal }) => {
      const page = await fetchResourceList({ ...q, limit: PAGE_SIZE, continueToken: pageParam || undefined }, signal);
      if (pageParam) return page;
      const cached = client.getQueryData<InfiniteData<ResourceList, string>>(key)?.pages[0];
      return mergeSafetyPoll(cached, page);
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.continueToken || undefined,
    enabled,
    staleTime: 5_000,
    refetchInterval: SAFETY_POLL_MS,
  });
}
