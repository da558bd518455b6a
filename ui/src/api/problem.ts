import { num, obj, optStr, str } from './coerce';

/** An RFC 9457 problem+json error, or a synthesized one for non-JSON failures. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type: string;
  readonly field?: string;
  readonly requestId?: string;

  constructor(p: { status: number; title: string; detail?: string; type?: string; field?: string; requestId?: string }) {
    super(p.detail ? `${p.title}: ${p.detail}` : p.title);
    this.name = 'ApiError';
    this.status = p.status;
    this.title = p.title;
    this.detail = p.detail;
    this.type = p.type ?? 'about:blank';
    this.field = p.field;
    this.requestId = p.requestId;
  }
}

export function adaptProblem(raw: unknown, httpStatus: number, statusText = ''): ApiError {
  const o = obj(raw);
  return new ApiError({
    status: num(o.status, httpStatus),
    title: str(o.title) || statusText || `HTTP ${httpStatus}`,
    detail: optStr(o.detail),
    type: optStr(o.type),
    field: optStr(o.field),
    requestId: optStr(o.requestId),
  });
}
