import { Text } from 'grommet';
import { Component, type ReactNode } from 'react';

interface Props {
  /** Who filled the slot (a plugin's id), named in the message. */
  owner: string;
  children: ReactNode;
}

/**
 * Isolates what a plugin renders into a host slot (a table cell, a section): if it throws, the
 * slot says so in one line and the rest of the page works on.
 */
export class SlotErrorBoundary extends Component<Props, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Text size="small" color="status-critical" title={this.state.error.message} data-testid="slot-error">
        {this.props.owner} failed
      </Text>
    );
  }
}
