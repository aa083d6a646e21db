export { planAddition, mentionsInEarlierArticles, type Addition, type LibraryState } from './plan-addition';
export { planRemoval, type Removal } from './plan-removal';
export { prepareArticle, type IngestInput, type PreparedArticle } from './prepare';
export { withComputedStats } from './user-stats';
export {
  MAX_FILE_BYTES,
  MAX_ARTICLE_CHARS,
  INGEST_BATCH_SIZE,
  refuseFileUpFront,
  formatBytes,
  type Refusal,
} from './limits';
