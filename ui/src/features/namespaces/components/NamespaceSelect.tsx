import { Select } from 'grommet';
import { useMemo } from 'react';
import { useSelection } from '../../../stores/selection-store';
import { useNamespaces } from '../api/use-namespaces';

export const ALL_NAMESPACES = 'All namespaces';

interface Option {
  label: string;
  value: string;
}

/** Picks the namespace the resource table shows ('' = all namespaces the user may read). */
export function NamespaceSelect({ disabled = false }: { disabled?: boolean }) {
  const namespace = useSelection((s) => s.namespace);
  const selectNamespace = useSelection((s) => s.selectNamespace);
  const { data, isPending, error } = useNamespaces();

  const options = useMemo<Option[]>(() => {
    const names = (data ?? []).map((n) => n.name);
    // Keep a namespace from the URL selectable even if the list does not (yet) contain it.
    if (namespace && !names.includes(namespace)) names.push(namespace);
    return [{ label: ALL_NAMESPACES, value: '' }, ...names.map((n) => ({ label: n, value: n }))];
  }, [data, namespace]);

  return (
    <Select
      id="namespace-select"
      aria-label="Namespace"
      a11yTitle="Namespace"
      options={options}
      labelKey="label"
      valueKey={{ key: 'value', reduce: true }}
      value={namespace}
      onChange={({ value }: { value: string }) => selectNamespace(value)}
      disabled={disabled}
      placeholder={isPending ? 'Loading namespaces…' : error ? 'Namespaces unavailable' : ALL_NAMESPACES}
      width="medium"
    />
  );
}
