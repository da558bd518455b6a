import { useQuery } from '@tanstack/react-query';
import { bool, list, obj } from './coerce';
import { sendJson } from './send';

/** One question for POST /api/v1/access-reviews (kind named as kubectl names it). */
export interface AccessQuestion {
  verb: string;
  kind: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export async function reviewAccess(questions: AccessQuestion[]): Promise<boolean[]> {
  if (questions.length === 0) return [];
  const reviews = questions.map((q) => {
    const r: Record<string, string> = { verb: q.verb, kind: q.kind };
    if (q.namespace) r.namespace = q.namespace;
    if (q.name) r.name = q.name;
    if (q.subresource) r.subresource = q.subresource;
    return r;
  });
  const raw = await sendJson('POST', '/api/v1/access-reviews', { body: { reviews } });
  return list(raw, 'reviews').map((r) => bool(obj(r).allowed));
}

/** The answers, in order, for a batch of questions (one request; cached briefly like the server's decisions). */
export function useAccess(questions: AccessQuestion[], enabled = true) {
  return useQuery({
    queryKey: ['access', questions],
    queryFn: () => reviewAccess(questions),
    enabled: enabled && questions.length > 0,
    staleTime: 30_000,
  });
}

/** The sentence a disabled button shows. */
export function refusal(q: AccessQuestion): string {
  const what = q.subresource ? `${q.kind}/${q.subresource}` : q.kind;
  const where = q.namespace ? ` in namespace ${q.namespace}` : '';
  return `Your Kubernetes role does not allow "${q.verb}" on ${what}${q.name ? ` ${q.name}` : ''}${where}.`;
}

/** The kind name access reviews take for an action's required access (`deployments.apps`, `pods`). */
export function accessKind(access: { group: string; resource: string }): string {
  return access.group ? `${access.resource}.${access.group}` : access.resource;
}
