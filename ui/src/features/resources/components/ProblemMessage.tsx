import { Box, Notification, Text } from 'grommet';
import { ApiError } from '../../../api/problem';

/** An API failure as the user sees it: title, the problem+json detail, and the request id. */
export function ProblemMessage({ error }: { error: Error }) {
  const p = error instanceof ApiError ? error : undefined;
  const title = p ? `${p.title}${p.status ? ` (${p.status})` : ''}` : 'Something went wrong';
  return (
    <Box data-testid="resource-error">
      <Notification
        status="critical"
        title={title}
        message={
          <Box gap="xsmall">
            <Text size="small">{p?.detail ?? error.message}</Text>
            {p?.requestId && <Text size="xsmall" color="text-weak">Request id: {p.requestId}</Text>}
          </Box>
        }
      />
    </Box>
  );
}
