import { adaptProblem, ApiError } from './problem';

export type Query = Record<string, string | number | undefined>;

export function buildUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** GET a JSON document from the dashboard API; failures become {@link ApiError}. */
export async function getJson(path: string, query?: Query, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(buildUrl(path, query), {
      headers: { Accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({ status: 0, title: 'Server unreachable', detail: (e as Error).message });
  }
  const text = await res.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const err = adaptProblem(body, res.status, res.statusText);
    // A non-JSON error page (proxy, servlet container) still gets a readable message.
    if (body === undefined && text && !err.detail) {
      throw new ApiError({ status: err.status, title: err.title, detail: text.slice(0, 200) });
    }
    throw err;
  }
  if (body === undefined) {
    throw new ApiError({ status: res.status, title: 'Unexpected response', detail: 'The server did not return JSON.' });
  }
  return body;
}
