import { ApiError } from '../../../api/problem';

/** A failed read in one line: the problem's title, detail and request id. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    return [`${error.title}${error.status ? ` (${error.status})` : ''}`, error.detail, error.requestId && `request id ${error.requestId}`]
      .filter(Boolean).join(' · ');
  }
  return error instanceof Error ? error.message : String(error);
}
