import { Box, Spinner } from 'grommet';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { NamespaceSelect } from '../features/namespaces';
import { ClusterOverview, ResourcePage } from '../features/resources';
import { listUrl, overviewUrl, pathOfLegacyHash } from '../lib/urls';
import { PluginPage } from './PluginPage';
import { Shell } from './Shell';

// The detail page (and, inside it, CodeMirror and yaml) is a chunk of its own, fetched when an object is opened.
const ObjectDetails = lazy(() => import('../features/details').then((m) => ({ default: m.ObjectDetails })));

function ListView() {
  return (
    <ResourcePage
      renderNamespaceControl={({ namespaced, value, onChange }) => (
        <NamespaceSelect disabled={!namespaced} value={value} onChange={onChange} />
      )}
      renderSelected={({ columns: _columns, ...selected }) => (
        <Suspense fallback={<Box pad="small"><Spinner a11yTitle="Loading the detail page" /></Box>}>
          <ObjectDetails key={`${selected.resourceName}/${selected.namespace ?? ''}/${selected.name}`} {...selected} />
        </Suspense>
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

/** The views, paths as in lib/urls.ts. The shell wraps each page in its own error boundary. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Shell />}>
        <Route index element={<OverviewView />} />
        <Route path="k/:kind" element={<ListView />} />
        <Route path="k/:kind/:ns/:name" element={<ListView />} />
        <Route path="p/*" element={<PluginPage />} />
        <Route path="*" element={<LegacyRedirect />} />
      </Route>
    </Routes>
  );
}
