export { ClusterStatus } from './components/ClusterStatus';
export { ClusterNotice } from './components/ClusterNotice';
