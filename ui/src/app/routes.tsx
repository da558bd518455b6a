import { Navigate, useLocation, useNavigate, type RouteObject } from 'react-router';
import { NamespaceSelect } from '../features/namespaces';
import { ClusterOverview, ResourcePage } from '../features/resources';
import { listUrl, overviewUrl, pathOfLegacyHash } from '../lib/urls';
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

function OverviewView() {
  const navigate = useNavigate();
  return (
    <ClusterOverview
      renderNamespaceControl={({ value, onChange }) => <NamespaceSelect value={value} onChange={onChange} />}
      onNamespaceChange={(ns) => navigate(overviewUrl(ns))}
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
      { index: true, element: <OverviewView />, errorElement: <RouteError /> },
      { path: 'k/:kind', element: <ListView />, errorElement: <RouteError /> },
      { path: 'k/:kind/:ns/:name', element: <ListView />, errorElement: <RouteError /> },
      { path: 'p/*', element: <PluginPage />, errorElement: <RouteError /> },
      { path: '*', element: <LegacyRedirect /> },
    ],
  },
];
