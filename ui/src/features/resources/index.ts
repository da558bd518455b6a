export { KindSidebar } from './components/KindSidebar';
export { ProblemMessage } from './components/ProblemMessage';
export { ResourcePage } from './components/ResourcePage';
