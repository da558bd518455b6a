import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Grommet } from 'grommet';
import { useEffect, useState, type ReactNode } from 'react';
import { LiveUpdates } from '../api/live-updates';
import { LiveUpdatesContext } from '../api/use-live-updates';
import { ApiError } from '../api/problem';
import { theme } from './theme';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not fix itself: show it at once. Other failures get two retries.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
}

/**
 * The app's providers. `live` opens the tab's one WebSocket (/ws) for live updates; tests leave it
 * off and see the polled lists alone.
 */
export function AppProviders({ children, client, live = false }: { children: ReactNode; client?: QueryClient; live?: boolean }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  const [liveUpdates] = useState(() => (live ? new LiveUpdates(queryClient) : null));
  useEffect(() => () => liveUpdates?.stop(), [liveUpdates]);
  return (
    <QueryClientProvider client={queryClient}>
      <LiveUpdatesContext.Provider value={liveUpdates}>
        <Grommet theme={theme} full themeMode="light">
          {children}
        </Grommet>
      </LiveUpdatesContext.Provider>
    </QueryClientProvider>
  );
}
