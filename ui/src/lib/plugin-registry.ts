import { useSyncExternalStore, type ComponentType, type ReactNode } from 'react';

/*
 * The host's UI extension slots, one register function per slot (after Headlamp's
 * plugin/registry.tsx). Plugin UI bundles call these at load time; host components read the
 * slots with useRegistry(). Registering twice under the same id replaces the earlier entry, so
 * a reloaded plugin bundle does not duplicate itself.
 */

export interface RouteEntry {
  /** Path below `#/p/`, e.g. `charts` or `charts/upload`. */
  path: string;
  component: ComponentType;
  /** Title for the page header; defaults to the path. */
  title?: string;
}

export interface SidebarEntry {
  id: string;
  label: string;
  /** Where the entry leads: a registered route's path (`charts`), or a host path (`/k/pods`); see sidebarEntryPath. */
  url: string;
  /** Sidebar group; kinds use their category ("Workloads", "Network", ...). */
  category?: string;
}

export interface DetailSection {
  id: string;
  /** resourceName the section applies to (`pods`, `deployments.apps`); omit for every kind. */
  resourceName?: string;
  component: ComponentType<{ resourceName: string; namespace?: string; name: string }>;
}

export interface TableColumnRow {
  name: string;
  namespace?: string;
  labels: Record<string, string>;
}

export interface TableColumn {
  id: string;
  resourceName: string;
  header: string;
  render: (row: TableColumnRow) => ReactNode;
}

/** The object an action is offered on. */
export interface ActionTarget {
  resourceName: string;
  namespace?: string;
  name: string;
}

/**
 * An action a plugin's UI offers on objects: a button beside the core's actions on the detail
 * page. Choosing it opens `component` in a dialog; the component does its work (through the
 * plugin's routes or the host's API, always as the signed-in user) and calls `onClose` when done.
 */
export interface ObjectAction {
  id: string;
  label: string;
  /** resourceName the action applies to (`pods`, `deployments.apps`); omit for every kind. */
  resourceName?: string;
  component: ComponentType<ActionTarget & { onClose: () => void }>;
}

interface Registry {
  routes: readonly RouteEntry[];
  sidebarEntries: readonly SidebarEntry[];
  detailSections: readonly DetailSection[];
  tableColumns: readonly TableColumn[];
  objectActions: readonly ObjectAction[];
}

const empty: Registry = { routes: [], sidebarEntries: [], detailSections: [], tableColumns: [], objectActions: [] };
let state: Registry = empty;
const listeners = new Set<() => void>();

function upsert<T>(items: readonly T[], item: T, key: (t: T) => string): readonly T[] {
  const k = key(item);
  return [...items.filter((i) => key(i) !== k), item];
}

function update(next: Registry) {
  state = next;
  listeners.forEach((l) => l());
}

export function registerRoute(route: RouteEntry): void {
  const path = route.path.replace(/^[#/]+/, '');
  if (path === '' || path.startsWith('resources')) {
    throw new Error(`Route path "${route.path}" is reserved by the host`);
  }
  update({ ...state, routes: upsert(state.routes, { ...route, path }, (r) => r.path) });
}

export function registerSidebarEntry(entry: SidebarEntry): void {
  update({ ...state, sidebarEntries: upsert(state.sidebarEntries, entry, (e) => e.id) });
}

export function registerDetailSection(section: DetailSection): void {
  update({ ...state, detailSections: upsert(state.detailSections, section, (s) => s.id) });
}

export function registerTableColumn(column: TableColumn): void {
  update({ ...state, tableColumns: upsert(state.tableColumns, column, (c) => `${c.resourceName}/${c.id}`) });
}

export function registerObjectAction(action: ObjectAction): void {
  update({ ...state, objectActions: upsert(state.objectActions, action, (a) => a.id) });
}

export function getRegistry(): Registry {
  return state;
}

export function subscribeRegistry(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test helper: forget every registration. */
export function resetRegistry(): void {
  update(empty);
}

export function useRegistry(): Registry {
  return useSyncExternalStore(subscribeRegistry, getRegistry, getRegistry);
}

export function tableColumnsFor(registry: Registry, resourceName: string): TableColumn[] {
  return registry.tableColumns.filter((c) => c.resourceName === resourceName);
}

export function detailSectionsFor(registry: Registry, resourceName: string): DetailSection[] {
  return registry.detailSections.filter((s) => !s.resourceName || s.resourceName === resourceName);
}

export function objectActionsFor(registry: Registry, resourceName: string): ObjectAction[] {
  return registry.objectActions.filter((a) => !a.resourceName || a.resourceName === resourceName);
}
