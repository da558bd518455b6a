import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  detailSectionsFor,
  getRegistry,
  objectActionsFor,
  registerDetailSection,
  registerObjectAction,
  registerRoute,
  registerSidebarEntry,
  registerTableColumn,
  resetRegistry,
  tableColumnsFor,
  useRegistry,
} from './plugin-registry';

afterEach(() => resetRegistry());

describe('plugin registry', () => {
  it('registers one entry per id, replacing on re-registration', () => {
    registerSidebarEntry({ id: 'charts', label: 'Charts', url: 'charts' });
    registerSidebarEntry({ id: 'charts', label: 'Helm charts', url: 'charts' });
    expect(getRegistry().sidebarEntries).toEqual([{ id: 'charts', label: 'Helm charts', url: 'charts' }]);
  });

  it('normalizes route paths and refuses the host-owned ones', () => {
    const Page = () => null;
    registerRoute({ path: '#/charts', component: Page });
    expect(getRegistry().routes.map((r) => r.path)).toEqual(['charts']);
    expect(() => registerRoute({ path: 'resources/pods', component: Page })).toThrow(/reserved/);
    expect(() => registerRoute({ path: '/', component: Page })).toThrow(/reserved/);
  });

  it('selects table columns and detail sections by kind', () => {
    registerTableColumn({ id: 'owner', resourceName: 'pods', header: 'Owner', render: (r) => r.labels.owner });
    registerTableColumn({ id: 'owner', resourceName: 'deployments.apps', header: 'Owner', render: () => 'x' });
    registerDetailSection({ id: 'logs', resourceName: 'pods', component: () => null });
    registerDetailSection({ id: 'events', component: () => null });
    const reg = getRegistry();
    expect(tableColumnsFor(reg, 'pods').map((c) => c.resourceName)).toEqual(['pods']);
    expect(detailSectionsFor(reg, 'pods').map((s) => s.id)).toEqual(['logs', 'events']);
    expect(detailSectionsFor(reg, 'services').map((s) => s.id)).toEqual(['events']);
  });

  it('re-renders subscribed components when a plugin registers later', () => {
    function Entries() {
      const { sidebarEntries } = useRegistry();
      return <ul>{sidebarEntries.map((e) => <li key={e.id}>{e.label}</li>)}</ul>;
    }
    render(<Entries />);
    expect(screen.queryByText('Charts')).toBeNull();
    act(() => registerSidebarEntry({ id: 'charts', label: 'Charts', url: 'charts' }));
    expect(screen.getByText('Charts')).toBeTruthy();
  });
  it('offers an object action on its kind only, or on every kind without one', () => {
    const Form = () => null;
    registerObjectAction({ id: 'logs', label: 'Logs', resourceName: 'pods', component: Form });
    registerObjectAction({ id: 'label', label: 'Label', component: Form });
    expect(objectActionsFor(getRegistry(), 'pods').map((a) => a.id)).toEqual(['logs', 'label']);
    expect(objectActionsFor(getRegistry(), 'services').map((a) => a.id)).toEqual(['label']);
  });
});
