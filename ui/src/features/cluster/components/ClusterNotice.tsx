import { Notification } from 'grommet';
import { useClusterInfo } from '../api/use-cluster-info';

/** A page-wide warning when the configured cluster cannot be reached (never a silent fallback). */
export function ClusterNotice() {
  const { data } = useClusterInfo();
  if (!data || data.reachable) return null;
  return (
    <Notification
      status="critical"
      title="Kubernetes API unreachable"
      message={data.error ?? `Cannot reach ${data.server || 'the cluster'}.`}
    />
  );
}
