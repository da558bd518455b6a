export { KindSidebar } from './components/KindSidebar';
export { ProblemMessage } from './components/ProblemMessage';
export { ResourcePage } from './components/ResourcePage';
export { ClusterOverview } from './components/ClusterOverview';
