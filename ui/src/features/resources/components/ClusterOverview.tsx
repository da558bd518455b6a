import { Box, Grid, Heading, Spinner, Text } from 'grommet';
import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ResourceKind } from '../../../api/types';
import { useLiveUpdates } from '../../../api/use-live-updates';
import { formatAge } from '../../../lib/age';
import { sortByKey, sortKey } from '../../../lib/sorting';
import { listUrl, parseListParams, selectedUrl } from '../../../lib/urls';
import { useResourceKinds } from '../api/use-resource-kinds';
import { useResourceList } from '../api/use-resource-list';
import { kindLabel } from '../kind-groups';
import { rowStatus } from '../list-view';
import { useNow } from '../use-now';
import { ProblemMessage } from './ProblemMessage';
import { StatusBadge, statusTone } from './StatusBadge';

/** Kinds counted on the overview, in this order, when the server knows them. */
export const OVERVIEW_KINDS = [
  'pods', 'deployments.apps', 'statefulsets.apps', 'daemonsets.apps', 'jobs.batch', 'cronjobs.batch',
  'services', 'persistentvolumeclaims', 'nodes', 'namespaces',
];
/** Rows listed in "Problem pods" and "Recent warnings" before the link to the full list. */
export const OVERVIEW_ROWS = 8;

export interface ClusterOverviewProps {
  renderNamespaceControl?: (opts: { namespaced: boolean; value: string; onChange: (ns: string) => void }) => ReactNode;
  onNamespaceChange?: (ns: string) => void;
}

/**
 * The landing page (`/`): counts by kind and status, pods in trouble, and the latest Warning
 * events, in the namespace of `?ns=` or all the user may read. Each list is the same cached, live
 * list its own page shows, so opening the pods afterwards costs no request.
 */
export function ClusterOverview({ renderNamespaceControl, onNamespaceChange }: ClusterOverviewProps) {
  const [search] = useSearchParams();
  const ns = parseListParams(search).ns;
  const kinds = useResourceKinds();
  const byName = useMemo(() => new Map((kinds.data ?? []).map((k) => [k.resourceName, k])), [kinds.data]);
  const counted = OVERVIEW_KINDS.map((n) => byName.get(n)).filter((k): k is ResourceKind => k !== undefined);

  return (
    <Box gap="medium" data-testid="overview">
      <Box direction="row" align="center" gap="medium" wrap>
        <Heading level={2} margin="none">Overview</Heading>
        {renderNamespaceControl?.({ namespaced: true, value: ns, onChange: (v) => onNamespaceChange?.(v) })}
      </Box>
      {kinds.isPending ? (
        <Spinner a11yTitle="Loading kinds" />
      ) : kinds.isError ? (
        <ProblemMessage error={kinds.error} />
      ) : (
        <>
          <Grid columns={{ count: 'fill', size: 'small' }} gap="small" as="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {counted.map((k) => (
              <KindCount key={k.resourceName} kind={k} ns={k.namespaced ? ns : ''} />
            ))}
          </Grid>
          <Box direction="row" gap="medium" wrap>
            {byName.has('pods') && <ProblemPods ns={ns} />}
            {byName.has('events') && <RecentWarnings ns={ns} />}
          </Box>
        </>
      )}
    </Box>
  );
}

function Card({ title, children, testId }: { title: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Box
      as="section"
      data-testid={testId}
      background="background-front"
      border={{ color: 'border-weak' }}
      round="xsmall"
      pad="small"
      gap="xsmall"
      flex={{ grow: 1 }}
      basis="medium"
    >
      {title}
      {children}
    </Box>
  );
}

/** A kind's row count and its statuses, most frequent first ("12 Running · 1 Pending"). */
function KindCount({ kind, ns }: { kind: ResourceKind; ns: string }) {
  const list = useResourceList({ resourceName: kind.resourceName, namespace: ns });
  useLiveUpdates({ resourceName: kind.resourceName, namespace: ns }, list.isSuccess);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data]);
  const columns = list.data?.pages[0]?.columns ?? kind.columns;
  const statuses = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const s = rowStatus(r, columns);
      if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [rows, columns]);
  const label = kindLabel(kind);
  return (
    <Box as="li" data-testid={`count-${kind.resourceName}`} background="background-front" border={{ color: 'border-weak' }} round="xsmall" pad="small" gap="xxsmall">
      <Link to={listUrl(kind.resourceName, { ns })} style={{ color: 'inherit' }}>
        <Text size="small" weight={600}>{label}</Text>
      </Link>
      {list.isError ? (
        <Text size="small" color="status-critical" title={list.error.message}>unavailable</Text>
      ) : list.isPending ? (
        <Spinner size="xsmall" a11yTitle={`Counting ${label}`} />
      ) : (
        <>
          <Text size="xlarge" weight={600} data-testid="count">
            {rows.length}{list.hasNextPage ? '+' : ''}
          </Text>
          {statuses.slice(0, 3).map(([status, n]) => (
            <Link key={status} to={listUrl(kind.resourceName, { ns, status })} style={{ color: 'inherit', textDecoration: 'none' }}>
              <Box direction="row" gap="xsmall" align="center">
                <Box width="8px" height="8px" round="full" background={statusTone(status)} flex={false} />
                <Text size="xsmall">{n} {status}</Text>
              </Box>
            </Link>
          ))}
        </>
      )}
    </Box>
  );
}

/** Pods whose status is a warning or a failure (Pending, CrashLoopBackOff, Failed, ...). */
function ProblemPods({ ns }: { ns: string }) {
  const list = useResourceList({ resourceName: 'pods', namespace: ns });
  const now = useNow(1000);
  const columns = list.data?.pages[0]?.columns ?? [];
  const problems = useMemo(() => {
    const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
    return rows.filter((r) => {
      const tone = statusTone(rowStatus(r, columns));
      return tone === 'status-critical' || tone === 'status-warning';
    });
  }, [list.data, columns]);
  const age = columns.findIndex((c) => c.type === 'DATE');
  return (
    <Card testId="problem-pods" title={<Heading level={3} margin="none">Problem pods {list.isSuccess && <Text color="text-weak">({problems.length})</Text>}</Heading>}>
      {list.isSuccess && problems.length === 0 && <Text size="small" color="text-weak">None: every pod is running or done.</Text>}
      {problems.slice(0, OVERVIEW_ROWS).map((r) => (
        <Box key={`${r.namespace}/${r.name}`} direction="row" gap="small" align="center" justify="between">
          <Link to={selectedUrl('pods', r.namespace, r.name, { ns })} style={{ color: 'inherit', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            <Text size="small">{ns ? r.name : `${r.namespace}/${r.name}`}</Text>
          </Link>
          <Box direction="row" gap="small" flex={false}>
            <StatusBadge status={rowStatus(r, columns)} />
            {age >= 0 && <Text size="small" color="text-weak">{formatAge(r.cells[age] as string | null, now)}</Text>}
          </Box>
        </Box>
      ))}
      {problems.length > OVERVIEW_ROWS && (
        <Link to={listUrl('pods', { ns, sort: 'Status' })} style={{ color: 'inherit' }}>
          <Text size="small">All {problems.length} problem pods…</Text>
        </Link>
      )}
    </Card>
  );
}

/** The latest Warning events, newest first. */
function RecentWarnings({ ns }: { ns: string }) {
  const list = useResourceList({ resourceName: 'events', namespace: ns });
  useLiveUpdates({ resourceName: 'events', namespace: ns }, list.isSuccess);
  const now = useNow(1000);
  const columns = list.data?.pages[0]?.columns ?? [];
  const col = (name: string) => columns.findIndex((c) => c.name.toLowerCase() === name);
  const lastSeen = columns.findIndex((c) => c.type === 'DATE');
  const warnings = useMemo(() => {
    const rows = (list.data?.pages.flatMap((p) => p.rows) ?? []).filter((r) => rowStatus(r, columns) === 'Warning');
    return lastSeen < 0 ? rows : sortByKey(rows, (r) => sortKey(r.cells[lastSeen] ?? null, 'DATE', Date.now()), 'asc');
  }, [list.data, columns, lastSeen]);
  const [reason, object, message] = [col('reason'), col('object'), col('message')];
  const text = (r: { cells: unknown[] }, i: number) => (i >= 0 && r.cells[i] != null ? String(r.cells[i]) : '');
  return (
    <Card testId="recent-warnings" title={<Heading level={3} margin="none">Recent warnings</Heading>}>
      {list.isError && <ProblemMessage error={list.error} />}
      {list.isSuccess && warnings.length === 0 && <Text size="small" color="text-weak">No Warning events.</Text>}
      {warnings.slice(0, OVERVIEW_ROWS).map((r) => (
        <Box key={`${r.namespace}/${r.name}`} gap="none">
          <Box direction="row" gap="small" justify="between">
            <Link to={selectedUrl('events', r.namespace, r.name, { ns, status: 'Warning' })} style={{ color: 'inherit' }}>
              <Text size="small" weight={600}>{text(r, reason) || r.name}</Text>
            </Link>
            <Text size="small" color="text-weak" style={{ flexShrink: 0 }}>
              {lastSeen >= 0 ? formatAge(r.cells[lastSeen] as string | null, now) : ''}
            </Text>
          </Box>
          <Text size="xsmall" color="text-weak">{[r.namespace, text(r, object)].filter(Boolean).join(' · ')}</Text>
          <Text size="small" truncate title={text(r, message)}>{text(r, message)}</Text>
        </Box>
      ))}
      <Link to={listUrl('events', { ns, status: 'Warning', sort: 'Last Seen' })} style={{ color: 'inherit' }}>
        <Text size="small">All Warning events…</Text>
      </Link>
    </Card>
  );
}
