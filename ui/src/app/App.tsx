import { HashRouter } from 'react-router';
import { PageErrorBoundary } from './PageErrorBoundary';
import { AppRoutes } from './routes';

/**
 * The app under its router. The router keeps the view in the URL's hash (`/#/k/pods?ns=shop`,
 * see lib/urls.ts): the server serves index.html at `/` only, and every view must survive a
 * reload or a link opened in a new tab. Declarative routes (not the data router): the app fetches
 * through TanStack Query, and the data router would add ~16 KB gzip to the initial JS.
 */
export function App() {
  return (
    <PageErrorBoundary resetKey="app">
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </PageErrorBoundary>
  );
}
