import { useQuery } from '@tanstack/react-query';
import { fetchNamespaces } from '../../../api/namespaces';
import { queryKeys } from '../../../api/query-keys';

export function useNamespaces() {
  return useQuery({
    queryKey: queryKeys.namespaces,
    queryFn: ({ signal }) => fetchNamespaces(signal),
    staleTime: 60_000,
  });
}
