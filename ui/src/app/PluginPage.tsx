import { Box, Heading, Notification } from 'grommet';
import { useParams } from 'react-router';
import { useRegistry } from '../lib/plugin-registry';

/** A page contributed by a plugin through registerRoute(), shown at `#/p/<path>`. */
export function PluginPage() {
  const path = useParams()['*'] ?? '';
  const { routes } = useRegistry();
  const route = routes.find((r) => r.path === path);
  if (!route) {
    return (
      <Notification
        status="warning"
        title="Page not found"
        message={`No page is registered at #/p/${path}. The plugin that provides it may not be installed or may have failed to start.`}
      />
    );
  }
  const Page = route.component;
  return (
    <Box gap="medium">
      <Heading level={2} margin="none">{route.title ?? path}</Heading>
      <Page />
    </Box>
  );
}
