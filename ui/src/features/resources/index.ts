export { KindSidebar } from './components/KindSidebar';
export { ResourcePage } from './components/ResourcePage';
