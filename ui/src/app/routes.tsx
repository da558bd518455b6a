import { Navigate, useLocation, type RouteObject } from 'react-router';
import { NamespaceSelect } from '../features/namespaces';
import { ResourcePage } from '../features/resources';
import { listUrl, pathOfLegacyHash } from '../lib/urls';
import { PluginPage } from './PluginPage';
import { RouteError } from './RouteError';
import { Shell } from './Shell';

function ListView() {
  return (
    <ResourcePage
      renderNamespaceControl={({ namespaced, value, onChange }) => (
        <NamespaceSelect disabled={!namespaced} value={value} onChange={onChange} />
      )}
    />
  );
}

/** An old link (`#/resources/pods?namespace=shop`, `#/charts`) sent to where that view lives now. */
function LegacyRedirect() {
  const { pathname, search } = useLocation();
  return <Navigate to={pathOfLegacyHash(`#${pathname}${search}`) ?? listUrl('pods')} replace />;
}

/**
 * The views (paths as in lib/urls.ts). Each page has its own error element: a render error shows a
 * readable message with Reload in the page's place, and the header and sidebar keep working.
 */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={listUrl('pods')} replace /> },
      { path: 'k/:kind', element: <ListView />, errorElement: <RouteError /> },
      { path: 'k/:kind/:ns/:name', element: <ListView />, errorElement: <RouteError /> },
      { path: 'p/*', element: <PluginPage />, errorElement: <RouteError /> },
      { path: '*', element: <LegacyRedirect /> },
    ],
  },
];
