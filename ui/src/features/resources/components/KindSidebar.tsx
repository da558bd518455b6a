import { Box, Button, Nav, Spinner, Text } from 'grommet';
import { useMemo } from 'react';
import { useRegistry } from '../../../lib/plugin-registry';
import { useSelection } from '../../../stores/selection-store';
import { useResourceKinds } from '../api/use-resource-kinds';
import { groupKinds, kindLabel } from '../kind-groups';

function SidebarItem({ label, active, onClick, href }: { label: string; active?: boolean; onClick?: () => void; href?: string }) {
  return (
    <Button
      onClick={onClick}
      href={href}
      aria-current={active ? 'page' : undefined}
      hoverIndicator
      plain
    >
      <Box
        pad={{ horizontal: 'medium', vertical: '6px' }}
        background={active ? 'background-selected-primary-strong' : undefined}
        round="xsmall"
      >
        <Text size="small" weight={active ? 600 : 'normal'}>
          {label}
        </Text>
      </Box>
    </Button>
  );
}

/** Kinds grouped by category, plus entries registered by plugins. */
export function KindSidebar() {
  const { data, isPending, error } = useResourceKinds();
  const resourceName = useSelection((s) => s.resourceName);
  const page = useSelection((s) => s.page);
  const selectKind = useSelection((s) => s.selectKind);
  const { sidebarEntries } = useRegistry();
  const groups = useMemo(() => groupKinds(data ?? []), [data]);

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
  const categories = [...new Set([...groups.map((g) => g.category), ...sidebarEntries.map((e) => e.category ?? 'Plugins')])];
  return (
    <Nav gap="small" pad={{ vertical: 'small', horizontal: 'xsmall' }} aria-label="Resource kinds">
      {categories.map((category) => {
        const kinds = groups.find((g) => g.category === category)?.kinds ?? [];
        const extras = sidebarEntries.filter((e) => (e.category ?? 'Plugins') === category);
        return (
          <Box key={category} gap="xxsmall" flex={false}>
            <Text size="xsmall" weight={600} color="text-weak" margin={{ horizontal: 'medium', top: 'xsmall' }}>
              {category.toUpperCase()}
            </Text>
            {kinds.map((k) => (
              <SidebarItem
                key={k.resourceName}
                label={kindLabel(k)}
                active={!page && k.resourceName === resourceName}
                onClick={() => selectKind(k.resourceName)}
              />
            ))}
            {extras.map((e) => (
              <SidebarItem
                key={e.id}
                label={e.label}
                href={e.url.startsWith('#') ? e.url : `#/${e.url.replace(/^\/+/, '')}`}
                active={page !== '' && page === e.url.replace(/^[#/]+/, '')}
              />
            ))}
          </Box>
        );
      })}
    </Nav>
  );
}
