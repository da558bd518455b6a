import { obj } from '../../../api/coerce';
import type { KubeObject } from '../../../api/resource-object';
import { sendJson } from '../../../api/send';

/**
 * PUT /api/v1/resources/{kind}/{ns}/{name} with the edited YAML: a server-side apply as the
 * signed-in user; with dryRun the API server validates and admits it and nothing is stored.
 * Answers the object as it is (or would be) afterwards.
 */
export async function applyYaml(resourceName: string, namespace: string | undefined, name: string, yaml: string, dryRun: boolean): Promise<KubeObject> {
  const path = `/api/v1/resources/${encodeURIComponent(resourceName)}/${encodeURIComponent(namespace || '_')}/${encodeURIComponent(name)}`;
  return obj(await sendJson('PUT', path, { text: yaml, contentType: 'application/yaml', query: { dryRun: dryRun ? 'true' : undefined } }));
}
