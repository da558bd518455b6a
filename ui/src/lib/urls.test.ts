import { describe, expect, it } from 'vitest';
import { detailUrl, listUrl, overviewUrl, namespaceOfSegment, parseListParams, pathOfLegacyHash, pluginUrl, selectedUrl, sidebarEntryPath } from './urls';

describe('urls', () => {
  it('writes only the list parameters that are set, and reads them back', () => {
    expect(listUrl('pods')).toBe('/k/pods');
    const url = listUrl('deployments.apps', { ns: 'shop', q: 'web', l: 'app=web,tier!=db', status: 'Running', sort: 'Age', dir: 'desc' });
    expect(url).toBe('/k/deployments.apps?ns=shop&q=web&l=app%3Dweb%2Ctier%21%3Ddb&status=Running&sort=Age&dir=desc');
    expect(parseListParams(url.split('?')[1])).toEqual({ ns: 'shop', q: 'web', l: 'app=web,tier!=db', status: 'Running', sort: 'Age', dir: 'desc' });
  });

  it('leaves the direction out without a sort column and reads anything but desc as asc', () => {
    expect(listUrl('pods', { dir: 'desc' })).toBe('/k/pods');
    expect(parseListParams('dir=sideways').dir).toBe('asc');
    expect(parseListParams('').ns).toBe('');
  });

  it('names a cluster-scoped object with _ as its namespace and encodes segments', () => {
    expect(detailUrl('nodes', undefined, 'node-1')).toBe('/k/nodes/_/node-1');
    expect(detailUrl('pods', 'shop', 'web 1', 'yaml')).toBe('/k/pods/shop/web%201?tab=yaml');
    expect(namespaceOfSegment('_')).toBeUndefined();
    expect(namespaceOfSegment('shop')).toBe('shop');
  });

  it('rewrites the old hash links', () => {
    expect(pathOfLegacyHash('#/resources/pods?namespace=team-a')).toBe('/k/pods?ns=team-a');
    expect(pathOfLegacyHash('#/resources/nodes')).toBe('/k/nodes');
    expect(pathOfLegacyHash('#/charts')).toBe('/p/charts');
    expect(pathOfLegacyHash('')).toBeNull();
    expect(pathOfLegacyHash('#main')).toBeNull();
    expect(pathOfLegacyHash('#/charts/upload')).toBe('/p/charts/upload');
    expect(pluginUrl('charts', '/list')).toBe('/p/charts/list');
  });

  it('gives the overview its namespace only', () => {
    expect(overviewUrl()).toBe('/');
    expect(overviewUrl('shop')).toBe('/?ns=shop');
  });

  it('keeps the list parameters on a selected object', () => {
    expect(selectedUrl('pods', 'shop', 'web-1', { ns: 'shop', q: 'web' })).toBe('/k/pods/shop/web-1?ns=shop&q=web');
    expect(selectedUrl('nodes', undefined, 'n1', {})).toBe('/k/nodes/_/n1');
  });

  it('sends a plugin sidebar entry to a host path or its plugin page', () => {
    expect(sidebarEntryPath('charts')).toBe('/p/charts');
    expect(sidebarEntryPath('#/charts/upload')).toBe('/p/charts/upload');
    expect(sidebarEntryPath('/k/gadgets.fixtures.k8sdashboard.io')).toBe('/k/gadgets.fixtures.k8sdashboard.io');
    expect(sidebarEntryPath('resources/pods')).toBe('/k/pods');
  });
});
