import { Box, Button, Notification, Text } from 'grommet';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ApiError } from '../api/problem';
import { ProblemMessage } from '../features/resources';

interface Props {
  children: ReactNode;
  /** A new key (another page) clears the error, so navigating away recovers without a reload. */
  resetKey: string;
}

/**
 * A page that failed to render: what went wrong in words (an API problem with its title, detail
 * and request id) and a Reload button, in the page's place only; header and sidebar keep working.
 */
export class PageErrorBoundary extends Component<Props, { error: unknown }> {
  state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('page failed to render', error, info.componentStack);
  }

  componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error !== undefined) this.setState({ error: undefined });
  }

  render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <Box gap="small" pad="small" data-testid="page-error" role="alert">
        {error instanceof ApiError ? (
          <ProblemMessage error={error} />
        ) : (
          <Notification status="critical" title="This page failed to show" message={error instanceof Error ? error.message : String(error)} />
        )}
        <Text size="small" color="text-weak">The rest of the dashboard still works; reloading fetches everything afresh.</Text>
        <Box direction="row">
          <Button primary label="Reload" onClick={() => window.location.reload()} />
        </Box>
      </Box>
    );
  }
}
