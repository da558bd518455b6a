import { Box, Text, Tip } from 'grommet';
import type { ClusterInfo } from '../../../api/types';
import { useClusterInfo } from '../api/use-cluster-info';

const MODE_LABEL: Record<ClusterInfo['mode'], string> = {
  demo: 'Demo cluster',
  kubeconfig: 'kubeconfig',
  'in-cluster': 'In-cluster',
  'api-url': 'API server',
  unknown: 'Cluster',
};

function ModeBadge({ info }: { info: ClusterInfo }) {
  const background = !info.reachable ? 'status-critical' : info.mode === 'demo' ? 'status-warning' : 'background-contrast';
  const label = info.reachable ? MODE_LABEL[info.mode] : `${MODE_LABEL[info.mode]}: unreachable`;
  const tip = [info.server, info.kubernetesVersion && `Kubernetes ${info.kubernetesVersion}`, info.error]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tip content={tip || label}>
      <Box
        data-testid="cluster-mode"
        pad={{ horizontal: 'small', vertical: 'xsmall' }}
        round="small"
        background={background}
        aria-label={`Cluster mode: ${label}`}
      >
        <Text size="small" weight={600}>
          {label}
        </Text>
      </Box>
    </Tip>
  );
}

/** Header widget: which cluster we are connected to and who is signed in. */
export function ClusterStatus() {
  const { data, error, isPending } = useClusterInfo();
  if (isPending) return <Text size="small" color="text-weak">Connecting…</Text>;
  if (error || !data) {
    return (
      <Box pad={{ horizontal: 'small', vertical: 'xsmall' }} round="small" background="status-critical">
        <Text size="small">Cluster info unavailable</Text>
      </Box>
    );
  }
  return (
    <Box direction="row" gap="medium" align="center">
      <ModeBadge info={data} />
      {data.user.name && (
        <Text size="small" data-testid="user-name" title={data.user.email ?? data.user.name}>
          {data.user.name}
        </Text>
      )}
    </Box>
  );
}
