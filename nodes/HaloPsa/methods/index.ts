export * as loadOptions from './loadOptions';
export { listSearch } from './listSearch';
