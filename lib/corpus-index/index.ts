export { assembleIndex } from './assemble';
export { MATCHER_PACK_VERSION } from './pack';
