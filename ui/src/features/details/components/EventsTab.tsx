import { Box, Spinner, Text } from 'grommet';
import { useMemo } from 'react';
import { useLiveUpdates } from '../../../api/use-live-updates';
import { useResourceList } from '../../../api/use-resource-list';
import { formatAge } from '../../../lib/age';
import { eventsAbout } from '../object-model';

/** Where the events about a cluster-scoped object (a Node) are recorded. */
const CLUSTER_EVENTS_NAMESPACE = 'default';

/**
 * The events about one object, newest first: the events list of its namespace (the same cached,
 * WebSocket-fed list the Events page and the overview use) narrowed to its kind/name.
 */
export function EventsTab({ kind, name, namespace }: { kind: string; name: string; namespace?: string }) {
  const target = { resourceName: 'events', namespace: namespace ?? CLUSTER_EVENTS_NAMESPACE };
  const list = useResourceList(target);
  useLiveUpdates(target, list.isSuccess);
  const events = useMemo(() => {
    const pages = list.data?.pages ?? [];
    return eventsAbout(pages.flatMap((p) => p.rows), pages[0]?.columns ?? [], kind, name);
  }, [list.data, kind, name]);
  if (list.isPending) return <Spinner a11yTitle="Loading events" />;
  if (list.isError) return <Text color="status-critical" size="small">Could not list events: {list.error.message}</Text>;
  if (events.length === 0) return <Text size="small" color="text-weak" data-testid="no-events">No events about this object.</Text>;
  return (
    <Box gap="xsmall" data-testid="events">
      {events.map((e) => (
        <Box key={e.name} data-testid="event" border={{ side: 'bottom', color: 'border-weak' }} pad={{ bottom: 'xsmall' }}>
          <Box direction="row" gap="small" wrap align="baseline">
            <Text size="small" weight="bold" color={e.type === 'Warning' ? 'status-critical' : undefined}>{e.type}</Text>
            <Text size="small">{e.reason}</Text>
            <Text size="xsmall" color="text-weak">
              {e.lastSeen ? `${formatAge(e.lastSeen)} ago` : ''}{e.count > 1 ? ` · ×${e.count}` : ''}
            </Text>
          </Box>
          <Text size="small" style={{ wordBreak: 'break-word' }}>{e.message}</Text>
        </Box>
      ))}
      {list.hasNextPage && <Text size="xsmall" color="text-weak">Only the first {list.data?.pages.length ?? 1} page(s) of the namespace's events are searched.</Text>}
    </Box>
  );
}
