import { Box, Button, Header, Text } from 'grommet';
import { Menu, Refresh } from '@hpe-design/icons-grommet';
import { useQueryClient } from '@tanstack/react-query';
import { useContext, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LiveUpdatesContext } from '../api/use-live-updates';
import { ClusterNotice, ClusterStatus } from '../features/cluster';
import { KindSidebar } from '../features/resources';
import { ChangeToasts } from './ChangeToasts';
import { ConnectionIndicator } from './ConnectionIndicator';
import { PageErrorBoundary } from './PageErrorBoundary';

/** Header (cluster, mode, version, user, connection), sidebar of links, and the page of the route. */
export function Shell() {
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const { pathname } = useLocation();
  const client = useQueryClient();
  const live = useContext(LiveUpdatesContext);
  // Refetch what the page shows now, and ask the socket for fresh snapshots of the live lists.
  const refresh = () => {
    void client.refetchQueries({ type: 'active' });
    live?.resubscribeAll();
  };
  return (
    <Box fill>
      <Header
        pad={{ horizontal: 'medium', vertical: 'small' }}
        border={{ side: 'bottom', color: 'border-weak' }}
        background="background-front"
        flex={false}
        wrap
      >
        <Box direction="row" align="center" gap="small">
          <Button icon={<Menu />} a11yTitle="Toggle sidebar" onClick={() => setSidebarOpen((o) => !o)} />
          <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
            <Text weight={600} size="large">K8s Dashboard</Text>
          </Link>
        </Box>
        <Box direction="row" align="center" gap="medium" wrap>
          <ConnectionIndicator />
          <Button icon={<Refresh />} a11yTitle="Refresh: fetch this page again now" tip="Refresh" onClick={refresh} />
          <ClusterStatus />
        </Box>
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
          <PageErrorBoundary resetKey={pathname}>
            <Outlet />
          </PageErrorBoundary>
        </Box>
      </Box>
      <ChangeToasts />
    </Box>
  );
}
