import { useQuery } from '@tanstack/react-query';
import { fetchClusterInfo } from '../../../api/cluster';
import { queryKeys } from '../../../api/query-keys';

export function useClusterInfo() {
  return useQuery({
    queryKey: queryKeys.cluster,
    queryFn: ({ signal }) => fetchClusterInfo(signal),
    staleTime: 60_000,
  });
}
