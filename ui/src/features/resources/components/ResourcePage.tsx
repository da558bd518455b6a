import { Box, Button, Heading, Spinner, Text, TextInput } from 'grommet';
import { Search } from '@hpe-design/icons-grommet';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { tableColumnsFor, useRegistry } from '../../../lib/plugin-registry';
import { useSelection } from '../../../stores/selection-store';
import { useResourceKinds } from '../api/use-resource-kinds';
import { useResourceList } from '../api/use-resource-list';
import { useLiveUpdates } from '../../../api/use-live-updates';
import { kindLabel } from '../kind-groups';
import { useNow } from '../use-now';
import { ProblemMessage } from './ProblemMessage';
import { ResourceTable } from './ResourceTable';

export interface ResourcePageProps {
  /** The namespace picker, supplied by the app shell (features do not import each other). */
  renderNamespaceControl?: (opts: { namespaced: boolean }) => ReactNode;
}

/** The selected kind in the selected namespace: toolbar, table, and its loading/error/empty states. */
export function ResourcePage({ renderNamespaceControl }: ResourcePageProps) {
  const resourceName = useSelection((s) => s.resourceName);
  const namespace = useSelection((s) => s.namespace);
  const kinds = useResourceKinds();
  const kind = kinds.data?.find((k) => k.resourceName === resourceName);
  // Until kinds are known, assume namespaced (the common case) rather than block the list.
  const namespaced = kind?.namespaced ?? true;
  const effectiveNamespace = namespaced ? namespace : '';
  const list = useResourceList({ resourceName, namespace: effectiveNamespace });
  // Changes pushed over the tab's WebSocket land in the same cache the list reads.
  useLiveUpdates({ resourceName, namespace: effectiveNamespace }, list.isSuccess);
  const [filter, setFilter] = useState('');
  const typedFilter = useDebounced(filter.trim(), 300);
  const now = useNow();
  const registry = useRegistry();
  const extraColumns = useMemo(() => tableColumnsFor(registry, resourceName), [registry, resourceName]);

  const pages = list.data?.pages;
  const columns = pages?.[0]?.columns ?? kind?.columns ?? [];
  const allRows = useMemo(() => pages?.flatMap((p) => p.rows) ?? [], [pages]);
  // A list loaded whole (and kept live) is filtered here, as you type. One with more pages on the
  // server (a big cluster) is filtered by the server, or matches beyond the loaded pages would be missed.
  const serverFilter = list.hasNextPage ? typedFilter : '';
  const filtered = useResourceList({ resourceName, namespace: effectiveNamespace, filter: serverFilter }, serverFilter !== '');
  const shown = serverFilter ? filtered : list;
  const rows = useMemo(() => {
    if (serverFilter) return filtered.data?.pages.flatMap((p) => p.rows) ?? [];
    const f = filter.trim().toLowerCase();
    return f ? allRows.filter((r) => r.name.toLowerCase().includes(f)) : allRows;
  }, [allRows, filter, serverFilter, filtered.data]);

  const title = kind ? kindLabel(kind) : resourceName;
  const scope = !namespaced ? 'cluster-scoped' : effectiveNamespace ? `namespace ${effectiveNamespace}` : 'all namespaces';

  return (
    <Box gap="medium" fill="horizontal">
      <Box direction="row" align="baseline" gap="small" wrap>
        <Heading level={2} margin="none">{title}</Heading>
        <Text color="text-weak" size="small" data-testid="resource-count">
          {list.isSuccess
            ? serverFilter
              ? `${rows.length}${filtered.hasNextPage ? '+' : ''} matching · ${scope}`
              : `${rows.length}${filter ? ` of ${allRows.length}` : ''}${list.hasNextPage ? '+' : ''} · ${scope}`
            : scope}
        </Text>
      </Box>
      <Box direction="row" gap="small" align="center" wrap>
        {renderNamespaceControl?.({ namespaced })}
        <Box width="medium">
          <TextInput
            aria-label="Filter by name"
            placeholder="Filter by name"
            icon={<Search />}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            type="search"
          />
        </Box>
        {shown.isFetching && !shown.isPending && <Spinner size="xsmall" a11yTitle="Refreshing" />}
      </Box>

      {shown.isPending ? (
        <Box pad="large" align="center" gap="small" data-testid="resource-loading">
          <Spinner a11yTitle={`Loading ${title}`} />
          <Text color="text-weak">Loading {title}…</Text>
        </Box>
      ) : list.isError && !pages ? (
        <ProblemMessage error={list.error} />
      ) : rows.length === 0 ? (
        <Box pad="large" align="center" data-testid="resource-empty" border={{ style: 'dashed', color: 'border-weak' }} round="small">
          <Text color="text-weak">
            {filter ? `No ${title} match “${filter}”.` : `No ${title} in ${scope}.`}
          </Text>
        </Box>
      ) : (
        <>
          {shown.isError && <ProblemMessage error={shown.error} />}
          <ResourceTable
            columns={columns}
            rows={rows}
            allNamespaces={namespaced && !effectiveNamespace}
            now={now}
            extraColumns={extraColumns}
          />
          {shown.hasNextPage && (
            <Box align="start">
              <Button
                label={shown.isFetchingNextPage ? 'Loading…' : 'Load more'}
                onClick={() => shown.fetchNextPage()}
                disabled={shown.isFetchingNextPage}
                secondary
              />
            </Box>
          )}
        </>
      )}
    </Box>
  );
}

/** The value once it stopped changing for `ms` (a server query per pause in typing, not per key). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
