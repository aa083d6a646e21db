// An ambient module cannot `import type` from a relative path, hence import() here.
declare module 'virtual:seed-index' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const index: import('./lib/model').CorpusIndex;
  export default index;
}
