import { Box, Button, CheckBox, Heading, Select, Spinner, Text, TextInput } from 'grommet';
import { Search } from '@hpe-design/icons-grommet';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { tableColumnsFor, useRegistry } from '../../../lib/plugin-registry';
import { listUrl, selectedUrl } from '../../../lib/urls';
import type { ColumnDef, ResourceKind, ResourceRow } from '../../../api/types';
import { useResourceKinds } from '../api/use-resource-kinds';
import { useResourceList } from '../api/use-resource-list';
import { useLiveUpdates } from '../../../api/use-live-updates';
import { kindLabel } from '../kind-groups';
import { filterRows, nextSort, sortMovesWithTime, sortRows, statusesOf } from '../list-view';
import { useDensity } from '../use-density';
import { useListRoute } from '../use-list-route';
import { useNow } from '../use-now';
import { ProblemMessage } from './ProblemMessage';
import { ResourceTable, rowKey } from './ResourceTable';
import { RowSummary, SelectedObject } from './SelectedObject';

export interface ResourcePageProps {
  /** The namespace picker, supplied by the app shell (features do not import each other). */
  renderNamespaceControl?: (opts: { namespaced: boolean; value: string; onChange: (ns: string) => void }) => ReactNode;
  /** The selected object's detail page, supplied by the app shell; the row summary alone when absent. */
  renderSelected?: (opts: SelectedView) => ReactNode;
}

/** What the list knows of the object its URL selects. */
export interface SelectedView {
  resourceName: string;
  kind?: ResourceKind;
  kinds: ResourceKind[];
  name: string;
  namespace?: string;
  /** Its row in the loaded list (live); undefined when not there. */
  row?: ResourceRow;
  columns: ColumnDef[];
  /** The row's columns and labels, as the list shows them. */
  rowSummary: ReactNode;
  closeHref: string;
}

const ANY_STATUS = 'Any status';

/**
 * The kind, namespace, filters, sort and selected object named by the URL (`/k/:kind...`, see
 * lib/urls.ts): toolbar, virtualized table, and its loading/error/empty states.
 */
export function ResourcePage({ renderNamespaceControl, renderSelected }: ResourcePageProps) {
  const { kind: resourceName, params, selected, update } = useListRoute();
  const kinds = useResourceKinds();
  const kind = kinds.data?.find((k) => k.resourceName === resourceName);
  // Until kinds are known, assume namespaced (the common case) rather than block the list.
  const namespaced = kind?.namespaced ?? true;
  const namespace = namespaced ? params.ns : '';
  const labelSelector = params.l;
  const list = useResourceList({ resourceName, namespace, labelSelector });
  // Changes pushed over the tab's WebSocket land in the same cache the list reads.
  useLiveUpdates({ resourceName, namespace, labelSelector }, list.isSuccess);
  const registry = useRegistry();
  const extraColumns = useMemo(() => tableColumnsFor(registry, resourceName), [registry, resourceName]);
  const [density, setDensity] = useDensity();

  // The name filter: typed into local state (the input never waits for the router), written to the
  // URL without a history entry per key, and applied to the rows at a lower priority than typing.
  const [typed, setTyped] = useState(params.q);
  const lastWritten = useRef(params.q);
  useEffect(() => {
    if (params.q !== lastWritten.current) setTyped(params.q); // back/forward or a new link
    lastWritten.current = params.q;
  }, [params.q]);
  const onFilter = (value: string) => {
    setTyped(value);
    lastWritten.current = value;
    update({ q: value }, { replace: true });
  };
  const nameFilter = useDeferredValue(params.q);

  const pages = list.data?.pages;
  const columns = pages?.[0]?.columns ?? kind?.columns ?? [];
  const allRows = useMemo(() => pages?.flatMap((p) => p.rows) ?? [], [pages]);
  // A list loaded whole (and kept live) is filtered here, as you type. One with more pages on the
  // server (a big cluster) is filtered by the server, or matches beyond the loaded pages would be missed.
  const debounced = useDebounced(nameFilter.trim(), 300);
  const serverFilter = list.hasNextPage ? debounced : '';
  const filtered = useResourceList({ resourceName, namespace, labelSelector, filter: serverFilter }, serverFilter !== '');
  const shown = serverFilter ? filtered : list;
  const baseRows = useMemo(
    () => (serverFilter ? (filtered.data?.pages.flatMap((p) => p.rows) ?? []) : allRows),
    [serverFilter, filtered.data, allRows],
  );
  const statuses = useMemo(() => statusesOf(allRows, columns), [allRows, columns]);
  // Ages sort the same whatever the clock says; only a running span's length moves with it.
  const sortClock = useNow(sortMovesWithTime(columns, params.sort) ? 30_000 : 24 * 3600_000);
  const rows = useMemo(() => {
    const kept = filterRows(baseRows, columns, { name: serverFilter ? '' : nameFilter, status: params.status });
    return sortRows(kept, columns, params.sort, params.dir, sortClock);
  }, [baseRows, columns, serverFilter, nameFilter, params.status, params.sort, params.dir, sortClock]);

  const onSort = useCallback(
    (column: string) => update(nextSort({ sort: params.sort, dir: params.dir }, column)),
    [update, params.sort, params.dir],
  );
  const rowHref = useCallback((row: ResourceRow) => selectedUrl(resourceName, row.namespace, row.name, params), [resourceName, params]);
  const selectedKey = selected ? rowKey(selected) : undefined;
  const selectedRow = selected ? allRows.find((r) => rowKey(r) === selectedKey) : undefined;

  const title = kind ? kindLabel(kind) : resourceName;
  const scope = !namespaced ? 'cluster-scoped' : namespace ? `namespace ${namespace}` : 'all namespaces';
  const filtering = Boolean(params.q || params.status);

  return (
    <Box gap="small" fill>
      <Box direction="row" align="baseline" gap="small" wrap flex={false}>
        <Heading level={2} margin="none">{title}</Heading>
        <Text color="text-weak" size="small" data-testid="resource-count">
          {list.isSuccess
            ? serverFilter
              ? `${rows.length}${filtered.hasNextPage ? '+' : ''} matching · ${scope}`
              : `${rows.length}${filtering ? ` of ${allRows.length}` : ''}${list.hasNextPage ? '+' : ''} · ${scope}`
            : scope}
          {labelSelector && ` · labels ${labelSelector}`}
        </Text>
      </Box>
      <Box direction="row" gap="small" align="center" wrap flex={false}>
        {renderNamespaceControl?.({
          namespaced,
          value: namespace,
          onChange: (ns) => update({ ns }, { keepSelection: false }),
        })}
        <Box width="small">
          <TextInput
            aria-label="Filter by name"
            placeholder="Filter by name"
            icon={<Search />}
            value={typed}
            onChange={(e) => onFilter(e.target.value)}
            type="search"
          />
        </Box>
        <LabelSelectorInput value={labelSelector} onCommit={(l) => update({ l })} />
        <Box width="small">
          <Select
            aria-label="Status"
            a11yTitle="Filter by status"
            options={[ANY_STATUS, ...statuses, ...(params.status && !statuses.includes(params.status) ? [params.status] : [])]}
            value={params.status || ANY_STATUS}
            onChange={({ option }: { option: string }) => update({ status: option === ANY_STATUS ? '' : option })}
          />
        </Box>
        <CheckBox
          toggle
          label={<Text size="small">Compact</Text>}
          checked={density === 'compact'}
          onChange={(e) => setDensity(e.target.checked ? 'compact' : 'comfortable')}
        />
        {shown.isFetching && !shown.isPending && <Spinner size="xsmall" a11yTitle="Refreshing" />}
      </Box>

      {shown.isPending ? (
        <Box pad="large" align="center" gap="small" data-testid="resource-loading">
          <Spinner a11yTitle={`Loading ${title}`} />
          <Text color="text-weak">Loading {title}…</Text>
        </Box>
      ) : list.isError && !pages ? (
        <ProblemMessage error={list.error} />
      ) : (
        <Box direction="row" gap="small" flex fill="horizontal" style={{ minHeight: 0 }}>
          {/* data-live: the list's first snapshot over /ws has arrived; from then on changes are pushed. */}
          <Box flex gap="small" style={{ minWidth: 0 }} data-testid="resource-list" data-live={pages?.[0]?.live ? 'true' : 'false'}>
            {shown.isError && <ProblemMessage error={shown.error} />}
            {rows.length === 0 ? (
              <Box pad="large" align="center" data-testid="resource-empty" border={{ style: 'dashed', color: 'border-weak' }} round="small">
                <Text color="text-weak">
                  {filtering || labelSelector ? `No ${title} match the filters.` : `No ${title} in ${scope}.`}
                </Text>
              </Box>
            ) : (
              <ResourceTable
                columns={columns}
                rows={rows}
                allNamespaces={namespaced && !namespace}
                extraColumns={extraColumns}
                sort={{ column: params.sort, dir: params.dir }}
                onSort={onSort}
                rowHref={rowHref}
                selectedKey={selectedKey}
                density={density}
              />
            )}
            {shown.hasNextPage && (
              <Box align="start" flex={false}>
                <Button
                  label={shown.isFetchingNextPage ? 'Loading…' : 'Load more'}
                  onClick={() => shown.fetchNextPage()}
                  disabled={shown.isFetchingNextPage}
                  secondary
                />
              </Box>
            )}
          </Box>
          {selected && renderSelected?.({
            resourceName,
            kind,
            kinds: kinds.data ?? [],
            name: selected.name,
            namespace: selected.namespace,
            row: selectedRow,
            columns,
            rowSummary: <RowSummary row={selectedRow} columns={columns} labels={false} />,
            closeHref: listUrl(resourceName, params),
          })}
          {selected && !renderSelected && (
            <SelectedObject
              kindTitle={kind?.kind || title}
              name={selected.name}
              namespace={selected.namespace}
              row={selectedRow}
              columns={columns}
              closeHref={listUrl(resourceName, params)}
            />
          )}
        </Box>
      )}
    </Box>
  );
}

/** A label selector is evaluated by the server: sent when complete (Enter or leaving the field), not per key. */
function LabelSelectorInput({ value, onCommit }: { value: string; onCommit: (l: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim());
  };
  return (
    <Box width="small">
      <TextInput
        aria-label="Label selector"
        placeholder="Labels: app=web"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        onBlur={commit}
      />
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
