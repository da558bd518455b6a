import { Box, Nav, Spinner, Text } from 'grommet';
import { useMemo } from 'react';
import { NavLink, useSearchParams } from 'react-router';
import { useRegistry } from '../../../lib/plugin-registry';
import { listUrl, overviewUrl, sidebarEntryPath } from '../../../lib/urls';
import { useResourceKinds } from '../api/use-resource-kinds';
import { categoryLabel, categoryRank, groupHints, groupKinds, kindLabel } from '../kind-groups';

/** A sidebar entry is a real link: middle-click or "open in new tab" opens the same view. */
function SidebarLink({ to, label, hint, end = false }: { to: string; label: string; hint?: string; end?: boolean }) {
  return (
    <NavLink to={to} style={{ textDecoration: 'none', color: 'inherit' }} end={end}>
      {({ isActive }) => (
        <Box
          pad={{ horizontal: 'medium', vertical: '6px' }}
          background={isActive ? 'background-selected-primary-strong' : undefined}
          round="xsmall"
          direction="row"
          gap="xsmall"
          align="baseline"
          hoverIndicator
        >
          <Text size="small" weight={isActive ? 600 : 'normal'}>{label}</Text>
          {hint && <Text size="xsmall" color={isActive ? undefined : 'text-weak'}>{hint}</Text>}
        </Box>
      )}
    </NavLink>
  );
}

/** Kinds grouped by category, plus entries registered by plugins; the namespace is kept across kinds. */
export function KindSidebar() {
  const { data, isPending, error } = useResourceKinds();
  const [search] = useSearchParams();
  const ns = search.get('ns') ?? '';
  const { sidebarEntries } = useRegistry();
  const groups = useMemo(() => groupKinds(data ?? []), [data]);
  const hints = useMemo(() => groupHints(data ?? []), [data]);

  if (isPending) {
    return (
      <Box pad="medium" align="center">
        <Spinner a11yTitle="Loading kinds" />
      </Box>
    );
  }
  if (error) {
    return (
      <Box pad="medium">
        <Text size="small" color="status-critical">Kinds unavailable: {error.message}</Text>
      </Box>
    );
  }
  const categories = [...new Set([...groups.map((g) => g.category), ...sidebarEntries.map((e) => e.category ?? 'Plugins')])]
    .sort((a, b) => categoryRank(a) - categoryRank(b));
  return (
    <Nav gap="small" pad={{ vertical: 'small', horizontal: 'xsmall' }} aria-label="Resource kinds">
      <SidebarLink to={overviewUrl(ns)} label="Overview" end />
      {categories.map((category) => {
        const kinds = groups.find((g) => g.category === category)?.kinds ?? [];
        const extras = sidebarEntries.filter((e) => (e.category ?? 'Plugins') === category);
        const heading = categoryLabel(category);
        return (
          <Box key={category} gap="xxsmall" flex={false} role="group" aria-label={heading}>
            <Text size="xsmall" weight={600} color="text-weak" margin={{ horizontal: 'medium', top: 'xsmall' }}>
              {heading.toUpperCase()}
            </Text>
            {kinds.map((k) => (
              <SidebarLink
                key={k.resourceName}
                to={listUrl(k.resourceName, { ns: k.namespaced ? ns : '' })}
                label={kindLabel(k)}
                hint={hints.get(k.resourceName)}
              />
            ))}
            {extras.map((e) => (
              <SidebarLink key={e.id} to={sidebarEntryPath(e.url)} label={e.label} />
            ))}
          </Box>
        );
      })}
    </Nav>
  );
}
