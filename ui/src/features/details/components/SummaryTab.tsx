import { Box, Spinner, Tag, Text } from 'grommet';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { KubeObject } from '../../../api/resource-object';
import type { ResourceKind } from '../../../api/types';
import { formatAge } from '../../../lib/age';
import { detailUrl } from '../../../lib/urls';
import {
  annotationsOf, childKindsOf, conditionsOf, containersOf, kindFields, labelsOf, ownersOf, type ObjectLink,
} from '../object-model';
import { OwnedObjects } from './OwnedObjects';

export interface SummaryTabProps {
  object?: KubeObject;
  kinds: ResourceKind[];
  resourceName: string;
  rowSummary?: ReactNode;
}

/** The object at a glance: its row, kind-specific fields, containers, conditions, owners and owned objects, labels and annotations. */
export function SummaryTab({ object, kinds, resourceName, rowSummary }: SummaryTabProps) {
  const fields = object ? kindFields(object) : [];
  const conditions = object ? conditionsOf(object) : [];
  const owners = object ? ownersOf(object, kinds) : [];
  const containers = object?.kind === 'Pod' ? containersOf(object) : [];
  const labels = object ? labelsOf(object) : {};
  const annotations = object ? annotationsOf(object) : {};
  const childKinds = object ? childKindsOf(String(object.kind ?? '')) : [];
  return (
    <Box gap="small">
      {rowSummary}
      {!object && <Spinner size="small" a11yTitle="Loading the object" />}
      {fields.length > 0 && (
        <Section title="Details">
          <Box as="dl" margin="none" gap="xsmall" data-testid="kind-fields">
            {fields.map(([k, v]) => (
              <Box key={k} direction="row" gap="small">
                <Text as="dt" size="small" color="text-weak" style={{ minWidth: 110 }}>{k}</Text>
                <Text as="dd" size="small" margin="none" style={{ wordBreak: 'break-all' }}>{v}</Text>
              </Box>
            ))}
          </Box>
        </Section>
      )}
      {containers.length > 0 && (
        <Section title="Containers">
          <Box gap="xsmall" data-testid="containers">
            {containers.map((c) => (
              <Box key={`${c.init}-${c.name}`} data-testid="container" border={{ color: 'border-weak' }} round="xsmall" pad="xsmall" gap="xxsmall">
                <Box direction="row" gap="small" wrap align="baseline">
                  <Text weight="bold" size="small">{c.name}</Text>
                  {c.init && <Text size="xsmall" color="text-weak">init</Text>}
                  <Text size="small" data-testid="container-state" color={c.state === 'Running' && c.ready ? 'status-ok' : c.reason && /BackOff|Err|OOM|Error/.test(c.reason) ? 'status-critical' : undefined}>
                    {c.state}{c.reason ? ` (${c.reason})` : ''}{c.state === 'Running' ? (c.ready ? ', ready' : ', not ready') : ''}
                  </Text>
                  <Text size="small" data-testid="container-restarts">{c.restarts} restart{c.restarts === 1 ? '' : 's'}</Text>
                </Box>
                <Text size="xsmall" color="text-weak" style={{ wordBreak: 'break-all' }}>{c.image}</Text>
                {c.message && <Text size="xsmall">{c.message}</Text>}
                {c.lastTermination && (
                  <Text size="xsmall" data-testid="container-last-termination">
                    Last ended: {c.lastTermination.reason ?? 'unknown reason'}
                    {c.lastTermination.exitCode !== undefined ? `, exit code ${c.lastTermination.exitCode}` : ''}
                    {c.lastTermination.finishedAt ? `, ${formatAge(c.lastTermination.finishedAt)} ago` : ''}
                  </Text>
                )}
              </Box>
            ))}
          </Box>
        </Section>
      )}
      {conditions.length > 0 && (
        <Section title="Conditions">
          <Box gap="xxsmall" data-testid="conditions">
            {conditions.map((c) => (
              <Box key={c.type} direction="row" gap="small" wrap>
                <Text size="small" weight="bold">{c.type}</Text>
                <Text size="small" color={c.status === 'True' ? 'status-ok' : c.status === 'False' ? 'status-warning' : undefined}>{c.status}</Text>
                {c.reason && <Text size="small" color="text-weak">{c.reason}</Text>}
                {c.message && <Text size="xsmall" color="text-weak">{c.message}</Text>}
              </Box>
            ))}
          </Box>
        </Section>
      )}
      {owners.length > 0 && (
        <Section title="Owned by">
          <Box gap="xxsmall" data-testid="owners">
            {owners.map((o) => <ObjectLinkLine key={`${o.kind}/${o.name}`} link={o} />)}
          </Box>
        </Section>
      )}
      {object && childKinds.length > 0 && (
        <Section title="Owns">
          <OwnedObjects owner={object} childKinds={childKinds} kinds={kinds} ownerResourceName={resourceName} />
        </Section>
      )}
      <KeyValues title="Labels" values={labels} testId="labels" />
      <KeyValues title="Annotations" values={annotations} testId="annotations" />
    </Box>
  );
}

export function ObjectLinkLine({ link }: { link: ObjectLink }) {
  const text = `${link.kind} ${link.name}${link.controller ? ' (controller)' : ''}`;
  return link.resourceName ? (
    <Link to={detailUrl(link.resourceName, link.namespace, link.name)} style={{ color: 'inherit' }}>
      <Text size="small">{text}</Text>
    </Link>
  ) : (
    <Text size="small">{text}</Text>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box gap="xsmall" flex={false}>
      <Text size="small" color="text-weak" weight="bold">{title}</Text>
      {children}
    </Box>
  );
}

function KeyValues({ title, values, testId }: { title: string; values: Record<string, string>; testId: string }) {
  const entries = Object.entries(values);
  if (entries.length === 0) return null;
  return (
    <Section title={title}>
      <Box direction="row" wrap gap="xsmall" data-testid={testId}>
        {entries.map(([k, v]) => (
          <Tag key={k} size="small" name={k} value={v.length > 80 ? `${v.slice(0, 80)}…` : v} />
        ))}
      </Box>
    </Section>
  );
}
