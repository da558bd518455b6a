import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import { fetchResourceKinds } from '../../../api/resource-kinds';

export function useResourceKinds() {
  return useQuery({
    queryKey: queryKeys.resourceKinds,
    queryFn: ({ signal }) => fetchResourceKinds(signal),
    staleTime: 5 * 60_000,
  });
}
