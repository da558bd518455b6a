// Lives in src/api now: the detail page reads the same cached lists (events, owned objects).
export { PAGE_SIZE, SAFETY_POLL_MS, useResourceList } from '../../../api/use-resource-list';
