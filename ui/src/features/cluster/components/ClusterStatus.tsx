import { Anchor, Box, Text, Tip } from 'grommet';
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

/** OAuth2-Proxy's sign-out endpoint: it clears its session cookie, and with it the dashboard's identity. */
export const PROXY_SIGN_OUT = '/oauth2/sign_out';

/** Host and port of the API server URL, the cluster's name as the header shows it. */
export function clusterName(server: string): string {
  try {
    return new URL(server).host || server;
  } catch {
    return server;
  }
}

/** Header widget: which cluster (mode, server, Kubernetes version) and who is signed in. */
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
    <Box direction="row" gap="medium" align="center" wrap>
      <ModeBadge info={data} />
      {data.server && (
        <Text size="small" data-testid="cluster-server" title={data.server}>
          {clusterName(data.server)}
        </Text>
      )}
      {data.kubernetesVersion && (
        <Text size="small" color="text-weak" data-testid="cluster-version">
          Kubernetes {data.kubernetesVersion}
        </Text>
      )}
      {data.user.name && (
        <Text size="small" weight={600} data-testid="user-name" title={[data.user.email, ...data.user.groups].filter(Boolean).join(' · ') || data.user.name}>
          {data.user.name}
        </Text>
      )}
      {data.authMode === 'proxy' && (
        <Anchor href={PROXY_SIGN_OUT} size="small" label="Sign out" />
      )}
    </Box>
  );
}
