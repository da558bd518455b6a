export { KindSidebar } from './components/KindSidebar';
export { ProblemMessage } from './components/ProblemMessage';
export { ResourcePage, type SelectedView } from './components/ResourcePage';
export { ClusterOverview } from './components/ClusterOverview';
