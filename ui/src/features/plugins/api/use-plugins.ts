import { useQuery } from '@tanstack/react-query';
import { fetchPlugins } from '../../../api/plugins';
import { queryKeys } from '../../../api/query-keys';

/** Installed plugins; the host will use `contributes.ui` to load plugin UI bundles. */
export function usePlugins() {
  return useQuery({
    queryKey: queryKeys.plugins,
    queryFn: ({ signal }) => fetchPlugins(signal),
    staleTime: 60_000,
  });
}
