import { Box, Spinner, Text } from 'grommet';
import { useMemo } from 'react';
import type { KubeObject } from '../../../api/resource-object';
import type { ResourceKind } from '../../../api/types';
import { useLiveUpdates } from '../../../api/use-live-updates';
import { useResourceList } from '../../../api/use-resource-list';
import { useObjects } from '../api/use-object';
import { isOwnedBy, matchLabelsSelector, ownedCandidates, uidOf } from '../object-model';
import { ObjectLinkLine } from './SummaryTab';

/** Candidates read one by one to check their ownerReferences; more are named as unchecked. */
export const MAX_CHECKED = 25;

interface Props {
  owner: KubeObject;
  /** The kinds its controller creates (object-model's childKindsOf). */
  childKinds: string[];
  kinds: ResourceKind[];
  ownerResourceName: string;
}

/**
 * The objects whose ownerReferences name this object's uid, linked to their pages. Where to look
 * comes from the kind (a Deployment owns ReplicaSets); the kind's list in the namespace, narrowed
 * by the owner's selector and its children's names, gives candidates; reading each one's
 * ownerReferences decides.
 */
export function OwnedObjects({ owner, childKinds, kinds }: Props) {
  return (
    <Box gap="xxsmall" data-testid="owned">
      {childKinds.map((child) => (
        <OwnedOfKind key={child} owner={owner} child={child} kind={kinds.find((k) => k.resourceName === child)} />
      ))}
    </Box>
  );
}

function OwnedOfKind({ owner, child, kind }: { owner: KubeObject; child: string; kind?: ResourceKind }) {
  const meta = (owner.metadata ?? {}) as Record<string, unknown>;
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
  const ownerName = String(meta.name ?? '');
  // A StatefulSet's claims carry the pods' labels too, so the selector narrows every child kind.
  const labelSelector = matchLabelsSelector(owner);
  const target = { resourceName: child, namespace, labelSelector };
  const list = useResourceList(target);
  useLiveUpdates(target, list.isSuccess);
  const candidates = useMemo(
    () => ownedCandidates(list.data?.pages.flatMap((p) => p.rows) ?? [], ownerName, child),
    [list.data, ownerName, child],
  );
  const checked = candidates.slice(0, MAX_CHECKED).map((r) => r.name);
  const { objects, pending } = useObjects(child, namespace, checked);
  const uid = uidOf(owner);
  const owned = objects.filter((o) => isOwnedBy(o, uid));
  const title = kind?.kind ?? child;
  if (list.isPending || pending) return <Spinner size="xsmall" a11yTitle={`Looking for owned ${title}`} />;
  if (list.isError) return <Text size="small" color="status-critical">Could not list {child}: {list.error.message}</Text>;
  if (owned.length === 0) return <Text size="small" color="text-weak">No {title} objects.</Text>;
  return (
    <>
      {owned.map((o) => {
        const name = String(((o.metadata ?? {}) as Record<string, unknown>).name ?? '');
        return <ObjectLinkLine key={name} link={{ kind: String(o.kind ?? title), name, namespace, resourceName: child }} />;
      })}
      {candidates.length > MAX_CHECKED && (
        <Text size="xsmall" color="text-weak">
          {candidates.length - MAX_CHECKED} more {title} named like its children, not checked.
        </Text>
      )}
    </>
  );
}
