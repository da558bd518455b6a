import { Box, Text } from 'grommet';
import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '../api/live-updates';
import { useConnectionStatus } from '../api/use-live-updates';

/** What the indicator says for a status, `now` being the browser's clock (for "retry in 4 s"). */
export function describeConnection(status: ConnectionStatus, now: number): { text: string; tone: string } | null {
  const retry = status.nextRetryAt !== undefined ? Math.max(0, Math.ceil((status.nextRetryAt - now) / 1000)) : undefined;
  const next = retry === undefined ? '' : retry === 0 ? 'retrying now' : `next try in ${retry} s`;
  switch (status.state) {
    case 'live':
      return { text: 'Live', tone: 'status-ok' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'status-unknown' };
    case 'reconnecting':
      return { text: `Reconnecting…${next ? ` ${next}` : ''}`, tone: 'status-warning' };
    case 'offline':
      return { text: `Offline: data may be stale${next ? ` · ${next}` : ''}`, tone: 'status-critical' };
    default:
      return null; // nothing subscribed yet
  }
}

/**
 * The header's word on the live updates: "Live", "Reconnecting..." with the next attempt's countdown,
 * or "Offline: data may be stale". A dropped socket never leaves the table silently stale.
 */
export function ConnectionIndicator() {
  const status = useConnectionStatus();
  const [now, setNow] = useState(() => Date.now());
  const counting = status?.nextRetryAt !== undefined;
  useEffect(() => {
    if (!counting) return undefined;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [counting, status]);
  if (!status) return null;
  const shown = describeConnection(status, now);
  if (!shown) return null;
  return (
    <Box direction="row" gap="xsmall" align="center" data-testid="connection" data-state={status.state} role="status" aria-live="polite">
      <Box width="10px" height="10px" round="full" background={shown.tone} flex={false} />
      <Text size="small">{shown.text}</Text>
    </Box>
  );
}
