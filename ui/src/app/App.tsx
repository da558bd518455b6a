import { Box, Button, Header, Text } from 'grommet';
import { Menu } from '@hpe-design/icons-grommet';
import { useEffect } from 'react';
import { ClusterNotice, ClusterStatus } from '../features/cluster';
import { NamespaceSelect } from '../features/namespaces';
import { KindSidebar, ResourcePage } from '../features/resources';
import { syncSelectionWithHash, useSelection } from '../stores/selection-store';
import { PluginPage } from './PluginPage';

export function App() {
  const sidebarOpen = useSelection((s) => s.sidebarOpen);
  const toggleSidebar = useSelection((s) => s.toggleSidebar);
  const page = useSelection((s) => s.page);
  useEffect(() => syncSelectionWithHash(), []);

  return (
    <Box fill>
      <Header
        pad={{ horizontal: 'medium', vertical: 'small' }}
        border={{ side: 'bottom', color: 'border-weak' }}
        background="background-front"
        flex={false}
      >
        <Box direction="row" align="center" gap="small">
          <Button icon={<Menu />} a11yTitle="Toggle sidebar" onClick={toggleSidebar} />
          <Text weight={600} size="large">K8s Dashboard</Text>
        </Box>
        <ClusterStatus />
      </Header>
      <ClusterNotice />
      <Box direction="row" flex overflow="hidden">
        {sidebarOpen && (
          <Box
            as="aside"
            width="small"
            flex={false}
            overflow={{ vertical: 'auto' }}
            border={{ side: 'right', color: 'border-weak' }}
            background="background-front"
          >
            <KindSidebar />
          </Box>
        )}
        <Box as="main" flex overflow="auto" pad="medium" background="background-back">
          {page ? (
            <PluginPage path={page} />
          ) : (
            <ResourcePage renderNamespaceControl={({ namespaced }) => <NamespaceSelect disabled={!namespaced} />} />
          )}
        </Box>
      </Box>
    </Box>
  );
}
