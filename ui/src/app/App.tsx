import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { appRoutes } from './routes';

/**
 * The app under its router. The router keeps the view in the URL's hash (`/#/k/pods?ns=shop`,
 * see lib/urls.ts): the server serves index.html at `/` only, and every view must survive a
 * reload or a link opened in a new tab.
 */
export function App() {
  const [router] = useState(() => createHashRouter(appRoutes));
  return <RouterProvider router={router} />;
}
