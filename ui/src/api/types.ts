// The shapes the UI works with. Adapters in this folder turn whatever the server sends into
// these; nothing outside src/api/ knows the wire format.

export type ClusterMode = 'demo' | 'kubeconfig' | 'in-cluster' | 'api-url' | 'unknown';

export interface UserInfo {
  name: string;
  email?: string;
  groups: string[];
}

export interface ClusterInfo {
  mode: ClusterMode;
  server: string;
  kubernetesVersion: string;
  authMode: string;
  reachable: boolean;
  error?: string;
  user: UserInfo;
}

export interface Namespace {
  name: string;
  status: string;
  created?: string;
}

/**
 * DATE cells hold a timestamp (shown as an age); DURATION cells a span `start/end`, or `start/` while
 * it runs (shown as its length). Both are computed in the browser, against its clock.
 */
export type ColumnType = 'STRING' | 'INTEGER' | 'NUMBER' | 'BOOLEAN' | 'DATE' | 'DURATION';

export interface ColumnDef {
  name: string;
  type: ColumnType;
  priority: number;
  description?: string;
}

export interface ResourceKind {
  /** kubectl-style name used in URLs: `pods`, `deployments.apps`. */
  resourceName: string;
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  category: string;
  shortNames: string[];
  columns: ColumnDef[];
  source: string;
}

export type CellValue = string | number | boolean | null;

export interface ResourceRow {
  name: string;
  namespace?: string;
  cells: CellValue[];
  status?: string;
  labels: Record<string, string>;
  created?: string;
}

export interface ResourceList {
  kind: string;
  columns: ColumnDef[];
  rows: ResourceRow[];
  /** Token for the next page; empty when this is the last page. */
  continueToken: string;
  resourceVersion: string;
  /**
   * Set on the cached list once the WebSocket's snapshot made it whole (every row, no further
   * page) and kept current since; see mergeSafetyPoll.
   */
  live?: boolean;
}

export interface PluginUiBundle {
  /** Where the browser loads the plugin's ES-module bundle from. */
  url: string;
  /** UI slots it fills (routes, sidebar entries, detail sections, table columns). */
  slots: string[];
}

export interface PluginInfo {
  id: string;
  version: string;
  description?: string;
  /** STARTED, FAILED, DISABLED, ... */
  state: string;
  error?: string;
  /** Contributions the host refused (route clash, bad kind), one sentence each. */
  problems: string[];
  contributes: {
    kinds: string[];
    actions: string[];
    routes: string[];
    ui?: PluginUiBundle;
  };
}
