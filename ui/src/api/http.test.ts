import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildUrl, getJson } from './http';
import { ApiError } from './problem';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(status: number, body: string, contentType = 'application/json') {
  const fetchMock = vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': contentType } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('http', () => {
  it('builds query strings without empty parameters', () => {
    expect(buildUrl('/api/v1/resources/pods', { namespace: '', limit: 500, continue: undefined })).toBe(
      '/api/v1/resources/pods?limit=500',
    );
    expect(buildUrl('/x', { labelSelector: 'app=web,tier in (a,b)' })).toBe('/x?labelSelector=app%3Dweb%2Ctier+in+%28a%2Cb%29');
  });

  it('turns problem+json into an ApiError carrying detail and request id', async () => {
    stubFetch(
      404,
      JSON.stringify({ type: 'urn:k8s-dashboard:unknown-kind', title: 'Unknown kind', status: 404, detail: 'No kind "podz"', requestId: 'r-1' }),
      'application/problem+json',
    );
    const err = await getJson('/api/v1/resources/podz').catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 404, title: 'Unknown kind', detail: 'No kind "podz"', requestId: 'r-1' });
  });

  it('gives a readable error for a non-JSON failure', async () => {
    stubFetch(502, '<html>Bad gateway</html>', 'text/html');
    const err = await getJson('/api/v1/cluster').catch((e) => e);
    expect(err).toMatchObject({ status: 502, detail: '<html>Bad gateway</html>' });
  });
});
