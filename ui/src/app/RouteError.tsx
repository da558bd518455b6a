import { Box, Button, Notification, Text } from 'grommet';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ApiError } from '../api/problem';
import { ProblemMessage } from '../features/resources';

/**
 * A page that failed to render: what went wrong in words (an API problem with its title, detail and
 * request id) and a Reload button, in the page's place only.
 */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Box gap="small" pad="small" data-testid="page-error" role="alert">
      {error instanceof ApiError ? (
        <ProblemMessage error={error} />
      ) : (
        <Notification status="critical" title="This page failed to show" message={message} />
      )}
      <Text size="small" color="text-weak">The rest of the dashboard still works; reloading fetches everything afresh.</Text>
      <Box direction="row">
        <Button primary label="Reload" onClick={() => window.location.reload()} />
      </Box>
    </Box>
  );
}
