import { Box, Heading, Spinner, Tab, Tabs, Text } from 'grommet';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ResourceKind, ResourceRow } from '../../../api/types';
import { refusal, useAccess, type AccessQuestion } from '../../../api/access-reviews';
import { useObject } from '../api/use-object';
import { describeError } from './describe';
import { EventsTab } from './EventsTab';
import { SummaryTab } from './SummaryTab';

// CodeMirror and the yaml library are loaded only when a YAML tab is opened.
const YamlView = lazy(() => import('./YamlView'));

export const DETAIL_TABS = ['summary', 'yaml', 'events'] as const;
export type DetailTab = (typeof DETAIL_TABS)[number];
const TAB_TITLES: Record<DetailTab, string> = { summary: 'Summary', yaml: 'YAML', events: 'Events' };

export interface ObjectDetailsProps {
  /** `pods`, `deployments.apps` */
  resourceName: string;
  kind?: ResourceKind;
  kinds: ResourceKind[];
  name: string;
  namespace?: string;
  /** Its row in the list beside (live over the WebSocket); a new row means the object changed. */
  row?: ResourceRow;
  /** The row's columns as the list shows them, rendered by the list's feature. */
  rowSummary?: ReactNode;
  closeHref: string;
}

/**
 * One object at its URL (`/k/:kind/:ns/:name?tab=`): summary, YAML and events, read from
 * GET /api/v1/resources/{kind}/{ns}/{name} and kept current while open.
 */
export function ObjectDetails({ resourceName, kind, kinds, name, namespace, row, rowSummary, closeHref }: ObjectDetailsProps) {
  const [search, setSearch] = useSearchParams();
  const tab = (DETAIL_TABS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as DetailTab) : 'summary';
  const setTab = (next: DetailTab) =>
    setSearch((prev) => {
      const qs = new URLSearchParams(prev);
      if (next === 'summary') qs.delete('tab');
      else qs.set('tab', next);
      return qs;
    });
  const object = useObject(resourceName, namespace, name, row);
  const kindTitle = kind?.kind || resourceName;
  const eventKind = kind?.kind || String(object.data?.kind ?? '');
  const active = DETAIL_TABS.indexOf(tab);
  // Editing is a server-side apply, which Kubernetes authorizes as "patch"; asked only on the YAML tab.
  const editQuestion = useMemo<AccessQuestion>(() => ({ verb: 'patch', kind: resourceName, namespace, name }), [resourceName, namespace, name]);
  const access = useAccess([editQuestion], tab === 'yaml');
  const canEdit = access.data?.[0] ?? (access.isError ? false : undefined);
  const objectError = useMemo(() => (object.isError ? describeError(object.error) : undefined), [object.isError, object.error]);

  return (
    <Box
      as="section"
      aria-label={`${kindTitle} ${name}`}
      data-testid="selected-object"
      basis="1/2"
      width={{ min: '320px' }}
      flex={false}
      pad="small"
      gap="small"
      background="background-front"
      border={{ color: 'border-weak' }}
      round="xsmall"
      overflow={{ vertical: 'auto' }}
    >
      <Box direction="row" justify="between" align="start" gap="small" flex={false}>
        <Box>
          <Text size="xsmall" color="text-weak">{kindTitle}{namespace ? ` · ${namespace}` : ''}</Text>
          <Heading level={3} margin="none" style={{ wordBreak: 'break-all' }}>{name}</Heading>
        </Box>
        <Box direction="row" gap="small" align="center">
          {object.isFetching && <Spinner size="xsmall" a11yTitle="Refreshing the object" />}
          <Link to={closeHref} aria-label="Close" style={{ color: 'inherit', textDecoration: 'none', fontSize: 20 }}>×</Link>
        </Box>
      </Box>
      {objectError && (
        <Box data-testid="object-error" pad="xsmall" background="validation-critical" round="xsmall" flex={false}>
          <Text size="small">{objectError}</Text>
        </Box>
      )}
      <Tabs activeIndex={active} onActive={(i) => setTab(DETAIL_TABS[i])} justify="start" flex={false}>
        {DETAIL_TABS.map((t) => (
          <Tab key={t} title={TAB_TITLES[t]} />
        ))}
      </Tabs>
      <Box data-testid={`tab-${tab}`} flex={false}>
        {tab === 'summary' && (
          <SummaryTab object={object.data} kinds={kinds} resourceName={resourceName} rowSummary={rowSummary} />
        )}
        {tab === 'yaml' && (
          object.data ? (
            <Suspense fallback={<Spinner a11yTitle="Loading the YAML view" />}>
              <YamlView
                object={object.data}
                resourceName={resourceName}
                namespace={namespace}
                name={name}
                canEdit={canEdit}
                editRefusal={access.isError ? `The access check failed: ${describeError(access.error)}` : refusal(editQuestion)}
                onApplied={() => void object.refetch()}
              />
            </Suspense>
          ) : object.isPending ? <Spinner a11yTitle="Loading the object" /> : null
        )}
        {tab === 'events' && <EventsTab kind={eventKind} name={name} namespace={namespace} />}
      </Box>
    </Box>
  );
}

