declare module 'virtual:seed-index' {
  import type { CorpusIndex } from './lib/model';
  const index: CorpusIndex;
  export default index;
}
