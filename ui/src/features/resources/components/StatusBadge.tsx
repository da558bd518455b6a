import { Box, Text } from 'grommet';

const OK = /^(running|active|bound|ready|true|succeeded|completed?|available|normal|healthy|established)$/i;
const WARN = /^(pending|containercreating|podinitializing|terminating|unknown|warning|progressing|notready|scheduling)/i;
const BAD = /(fail|error|crashloop|backoff|evicted|oomkilled|lost|false|invalid|unhealthy)/i;

export function statusTone(status: string): 'status-ok' | 'status-warning' | 'status-critical' | 'status-unknown' {
  if (OK.test(status)) return 'status-ok';
  if (BAD.test(status)) return 'status-critical';
  if (WARN.test(status)) return 'status-warning';
  return 'status-unknown';
}

export function StatusBadge({ status }: { status: string }) {
  if (!status) return null;
  const tone = statusTone(status);
  return (
    <Box direction="row" align="center" gap="xsmall" data-status={tone}>
      <Box width="10px" height="10px" round="full" background={tone} flex={false} />
      <Text size="small">{status}</Text>
    </Box>
  );
}
