declare module 'virtual:seed-index' {
  const index: import('./lib/model').CorpusIndex;
  export default index;
}
