export { assembleIndex, CORPUS_INDEX_VERSION } from './assemble';
export { buildMatcherPack, MATCHER_PACK_VERSION } from './pack';
