export { ObjectDetails, type ObjectDetailsProps } from './components/ObjectDetails';
