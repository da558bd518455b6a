import { buildUrl, type Query } from './http';
import { adaptProblem, ApiError } from './problem';

/**
 * A write to the dashboard API (POST, PUT, PATCH, DELETE) with a JSON or YAML body; answers the
 * JSON body (undefined for 204). Failures become {@link ApiError} with the problem's `field`.
 */
export async function sendJson(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  opts: { query?: Query; body?: unknown; text?: string; contentType?: string } = {},
): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let body: string | undefined;
  if (opts.text !== undefined) {
    body = opts.text;
    headers['Content-Type'] = opts.contentType ?? 'application/yaml';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = opts.contentType ?? 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError({ status: 0, title: 'Server unreachable', detail: (e as Error).message });
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!res.ok) {
    const err = adaptProblem(parsed, res.status, res.statusText);
    if (parsed === undefined && text && !err.detail) {
      throw new ApiError({ status: err.status, title: err.title, detail: text.slice(0, 200) });
    }
    throw err;
  }
  return parsed;
}
