import { list, num, obj, optStr, str, strMap } from '../../api/coerce';
import type { KubeObject } from '../../api/resource-object';
import type { CellValue, ColumnDef, ResourceKind, ResourceRow } from '../../api/types';

// What the detail page shows of an object, read from its JSON with forgiving readers: a field a
// kind lacks is left out, never an error.

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export function conditionsOf(o: KubeObject): Condition[] {
  return list(obj(o.status).conditions).map((c) => {
    const m = obj(c);
    return {
      type: str(m.type),
      status: str(m.status),
      reason: optStr(m.reason),
      message: optStr(m.message),
      lastTransitionTime: optStr(m.lastTransitionTime) ?? optStr(m.lastUpdateTime),
    };
  }).filter((c) => c.type !== '');
}

export function labelsOf(o: KubeObject): Record<string, string> {
  return strMap(obj(o.metadata).labels);
}

/** Annotations, without kubectl's copy of the last applied object (long, and for a Secret it holds values). */
export function annotationsOf(o: KubeObject): Record<string, string> {
  const all = strMap(obj(o.metadata).annotations);
  delete all['kubectl.kubernetes.io/last-applied-configuration'];
  return all;
}

export function uidOf(o: KubeObject): string {
  return str(obj(o.metadata).uid);
}

/** Another object named by a reference, with the kind's URL name when the server serves that kind. */
export interface ObjectLink {
  kind: string;
  name: string;
  namespace?: string;
  /** `replicasets.apps`; undefined when the kind is not among the served kinds (then no link). */
  resourceName?: string;
  controller?: boolean;
}

/** The served kind for an apiVersion (`apps/v1`, `v1`) and kind (`ReplicaSet`). */
export function resourceNameOf(kinds: ResourceKind[], apiVersion: string, kind: string): string | undefined {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
  return kinds.find((k) => k.kind === kind && k.group === group)?.resourceName;
}

/** metadata.ownerReferences as links; owners live in the object's namespace (or are cluster-scoped). */
export function ownersOf(o: KubeObject, kinds: ResourceKind[]): ObjectLink[] {
  const namespace = optStr(obj(o.metadata).namespace);
  return list(obj(o.metadata).ownerReferences).map((r) => {
    const m = obj(r);
    const kind = str(m.kind);
    const resourceName = resourceNameOf(kinds, str(m.apiVersion), kind);
    const namespaced = kinds.find((k) => k.resourceName === resourceName)?.namespaced ?? true;
    return { kind, name: str(m.name), namespace: namespaced ? namespace : undefined, resourceName, controller: m.controller === true };
  }).filter((l) => l.name !== '');
}

/** Whether `o` names `uid` among its owners. */
export function isOwnedBy(o: KubeObject, uid: string): boolean {
  return uid !== '' && list(obj(o.metadata).ownerReferences).some((r) => str(obj(r).uid) === uid);
}

/**
 * The kinds whose objects a kind's controller creates, so the page knows where to look for owned
 * objects without listing every kind of the namespace.
 */
const CHILD_KINDS: Record<string, string[]> = {
  Deployment: ['replicasets.apps'],
  ReplicaSet: ['pods'],
  StatefulSet: ['pods', 'persistentvolumeclaims'],
  DaemonSet: ['pods'],
  Job: ['pods'],
  CronJob: ['jobs.batch'],
  ReplicationController: ['pods'],
};

export function childKindsOf(kind: string): string[] {
  return CHILD_KINDS[kind] ?? [];
}

/** spec.selector.matchLabels as a label selector (`app=web,tier=front`); '' when it has none. */
export function matchLabelsSelector(o: KubeObject): string {
  const labels = strMap(obj(obj(obj(o.spec).selector).matchLabels));
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
}

/**
 * Rows that may be owned by the object: controllers name what they create `<owner>-<suffix>`
 * (a StatefulSet's volume claims `<template>-<owner>-<n>`). The page then reads each candidate's
 * ownerReferences to keep only those naming the owner's uid.
 */
export function ownedCandidates(rows: ResourceRow[], ownerName: string, childKind: string): ResourceRow[] {
  const prefix = `${ownerName}-`;
  return rows.filter((r) => (childKind === 'persistentvolumeclaims' ? r.name.includes(`-${prefix}`) : r.name.startsWith(prefix)));
}

export interface ContainerInfo {
  name: string;
  image: string;
  init: boolean;
  /** Running, Waiting, Terminated or Unknown (no status yet). */
  state: string;
  /** Why it waits or ended (CrashLoopBackOff, Completed, OOMKilled, ...). */
  reason?: string;
  message?: string;
  ready: boolean;
  restarts: number;
  startedAt?: string;
  lastTermination?: { reason?: string; exitCode?: number; finishedAt?: string };
}

function stateOf(raw: unknown): { state: string; reason?: string; message?: string; startedAt?: string } {
  const s = obj(raw);
  if (s.running) return { state: 'Running', startedAt: optStr(obj(s.running).startedAt) };
  if (s.waiting) return { state: 'Waiting', reason: optStr(obj(s.waiting).reason), message: optStr(obj(s.waiting).message) };
  if (s.terminated) {
    const t = obj(s.terminated);
    return { state: 'Terminated', reason: optStr(t.reason), message: optStr(t.message), startedAt: optStr(t.startedAt) };
  }
  return { state: 'Unknown' };
}

/** A pod's init and app containers with their state, restarts and the reason the previous run ended. */
export function containersOf(pod: KubeObject): ContainerInfo[] {
  const spec = obj(pod.spec);
  const status = obj(pod.status);
  const read = (specs: unknown, statuses: unknown, init: boolean): ContainerInfo[] => {
    const byName = new Map(list(statuses).map((s) => [str(obj(s).name), obj(s)]));
    return list(specs).map((c) => {
      const name = str(obj(c).name);
      const st = byName.get(name) ?? {};
      const last = obj(obj(st.lastState).terminated);
      return {
        name,
        image: str(obj(c).image),
        init,
        ...stateOf(st.state),
        ready: st.ready === true,
        restarts: num(st.restartCount),
        lastTermination: Object.keys(last).length
          ? { reason: optStr(last.reason), exitCode: typeof last.exitCode === 'number' ? last.exitCode : undefined, finishedAt: optStr(last.finishedAt) }
          : undefined,
      };
    });
  };
  return [...read(spec.initContainers, status.initContainerStatuses, true), ...read(spec.containers, status.containerStatuses, false)];
}

/** Fields worth a line of the summary, by kind; what the table's columns already show is not repeated. */
export function kindFields(o: KubeObject): [string, string][] {
  const spec = obj(o.spec);
  const status = obj(o.status);
  const fields: [string, unknown][] = [];
  switch (str(o.kind)) {
    case 'Pod':
      fields.push(['Node', spec.nodeName], ['Pod IP', status.podIP], ['Host IP', status.hostIP], ['QoS class', status.qosClass],
        ['Service account', spec.serviceAccountName], ['Restart policy', spec.restartPolicy], ['Priority class', spec.priorityClassName]);
      break;
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      fields.push(['Replicas', spec.replicas], ['Ready', status.readyReplicas ?? 0], ['Updated', status.updatedReplicas],
        ['Available', status.availableReplicas], ['Strategy', obj(spec.strategy).type ?? obj(spec.updateStrategy).type],
        ['Selector', matchLabelsSelector(o)]);
      break;
    case 'DaemonSet':
      fields.push(['Desired', status.desiredNumberScheduled], ['Ready', status.numberReady], ['Updated', status.updatedNumberScheduled],
        ['Selector', matchLabelsSelector(o)]);
      break;
    case 'Job':
      fields.push(['Completions', spec.completions], ['Parallelism', spec.parallelism], ['Succeeded', status.succeeded ?? 0],
        ['Failed', status.failed ?? 0], ['Started', status.startTime], ['Completed', status.completionTime]);
      break;
    case 'CronJob':
      fields.push(['Schedule', spec.schedule], ['Suspended', spec.suspend], ['Last schedule', status.lastScheduleTime]);
      break;
    case 'Service':
      fields.push(['Type', spec.type], ['Cluster IP', spec.clusterIP],
        ['Ports', list(spec.ports).map((p) => { const m = obj(p); return `${str(m.name) ? `${str(m.name)} ` : ''}${str(m.port)}/${str(m.protocol) || 'TCP'}${m.targetPort !== undefined ? ` → ${str(m.targetPort)}` : ''}`; }).join(', ')],
        ['Selector', Object.entries(strMap(spec.selector)).map(([k, v]) => `${k}=${v}`).join(',')]);
      break;
    case 'ConfigMap':
      fields.push(['Keys', Object.keys(obj(o.data)).sort().join(', ')]);
      break;
    case 'Secret':
      fields.push(['Type', o.type], ['Keys', (Array.isArray(o.dataKeys) ? o.dataKeys.map(String) : []).join(', ')]);
      break;
    case 'Node':
      fields.push(['Kubelet', obj(status.nodeInfo).kubeletVersion], ['OS image', obj(status.nodeInfo).osImage],
        ['Unschedulable', spec.unschedulable], ['Pod CIDR', spec.podCIDR]);
      break;
    case 'PersistentVolumeClaim':
      fields.push(['Phase', status.phase], ['Volume', spec.volumeName], ['Storage class', spec.storageClassName],
        ['Requested', obj(obj(spec.resources).requests).storage]);
      break;
    default:
      break;
  }
  return fields
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
}

/** An event row as the detail page lists it. */
export interface EventLine {
  name: string;
  type: string;
  reason: string;
  message: string;
  lastSeen?: string;
  count: number;
}

/**
 * The events about one object, from the events list's rows: their Object column reads `kind/name`
 * as kubectl prints it (kind lower-case).
 */
export function eventsAbout(rows: ResourceRow[], columns: ColumnDef[], kind: string, name: string): EventLine[] {
  const at = (n: string) => columns.findIndex((c) => c.name.toLowerCase() === n);
  const [object, type, reason, message, lastSeen, count] = ['object', 'type', 'reason', 'message', 'last seen', 'count'].map(at);
  const cell = (r: ResourceRow, i: number): CellValue => (i >= 0 ? (r.cells[i] ?? null) : null);
  const target = `${kind.toLowerCase()}/${name}`;
  return rows
    .filter((r) => object >= 0 && String(cell(r, object) ?? '') === target)
    .map((r) => ({
      name: r.name,
      type: str(cell(r, type)),
      reason: str(cell(r, reason)),
      message: str(cell(r, message)),
      lastSeen: optStr(cell(r, lastSeen)) ?? r.created,
      count: num(cell(r, count), 1),
    }))
    .sort((a, b) => (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
}
