import { Box, Heading, Notification } from 'grommet';
import { useRegistry } from '../lib/plugin-registry';

/** A page contributed by a plugin through registerRoute(), shown at `#/<path>`. */
export function PluginPage({ path }: { path: string }) {
  const { routes } = useRegistry();
  const route = routes.find((r) => r.path === path);
  if (!route) {
    return (
      <Notification
        status="warning"
        title="Page not found"
        message={`No page is registered at #/${path}. The plugin that provides it may not be installed or may have failed to start.`}
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
