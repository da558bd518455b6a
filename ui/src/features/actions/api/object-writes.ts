import { obj, str } from '../../../api/coerce';
import { sendJson } from '../../../api/send';

export interface ObjectRef {
  /** kubectl-style resource name: `pods`, `deployments.apps`. */
  kind: string;
  /** undefined for cluster-scoped objects. */
  namespace?: string;
  name: string;
}

export function objectPath(ref: ObjectRef): string {
  return `/api/v1/resources/${encodeURIComponent(ref.kind)}/${encodeURIComponent(ref.namespace || '_')}/${encodeURIComponent(ref.name)}`;
}

export async function deleteObject(ref: ObjectRef, dryRun = false): Promise<void> {
  await sendJson('DELETE', objectPath(ref), { query: { dryRun: dryRun ? 'true' : undefined } });
}

export interface ActionResult {
  message: string;
  dryRun: boolean;
  operationId?: string;
}

export async function runAction(ref: ObjectRef, id: string, body: Record<string, unknown>, dryRun: boolean): Promise<ActionResult> {
  const raw = obj(await sendJson('POST', `${objectPath(ref)}/actions/${encodeURIComponent(id)}`, {
    body,
    query: { dryRun: dryRun ? 'true' : undefined },
  }));
  return { message: str(raw.message), dryRun: raw.dryRun === true, operationId: str(raw.operationId) || undefined };
}
