export { NamespaceSelect, ALL_NAMESPACES } from './components/NamespaceSelect';
