import { Select } from 'grommet';
import { useMemo, useState } from 'react';
import { useNamespaces } from '../api/use-namespaces';

export const ALL_NAMESPACES = 'All namespaces';

interface Option {
  label: string;
  value: string;
}

export interface NamespaceSelectProps {
  /** '' = all namespaces */
  value: string;
  onChange: (namespace: string) => void;
  disabled?: boolean;
}

/**
 * Picks the namespace a list shows, with a search box. The options are /api/v1/namespaces, which
 * holds only the namespaces the signed-in user may read; "All namespaces" means all of those.
 */
export function NamespaceSelect({ value, onChange, disabled = false }: NamespaceSelectProps) {
  const { data, isPending, error } = useNamespaces();
  const [search, setSearch] = useState('');

  const options = useMemo<Option[]>(() => {
    const names = (data ?? []).map((n) => n.name);
    // Keep a namespace from the URL selectable even if the list does not (yet) contain it.
    if (value && !names.includes(value)) names.push(value);
    const s = search.trim().toLowerCase();
    const matching = s ? names.filter((n) => n.toLowerCase().includes(s)) : names;
    return [...(s ? [] : [{ label: ALL_NAMESPACES, value: '' }]), ...matching.map((n) => ({ label: n, value: n }))];
  }, [data, value, search]);

  return (
    <Select
      id="namespace-select"
      aria-label="Namespace"
      a11yTitle="Namespace"
      options={options}
      labelKey="label"
      valueKey={{ key: 'value', reduce: true }}
      value={value}
      onChange={({ value: next }: { value: string }) => {
        setSearch('');
        onChange(next);
      }}
      onSearch={setSearch}
      onClose={() => setSearch('')}
      searchPlaceholder="Search namespaces"
      emptySearchMessage="No readable namespace matches"
      disabled={disabled}
      placeholder={isPending ? 'Loading namespaces…' : error ? 'Namespaces unavailable' : ALL_NAMESPACES}
      width="small"
    />
  );
}
