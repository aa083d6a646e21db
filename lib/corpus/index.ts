export {
  parseSeedFile,
  parseArticleText,
  seedIdFromFileName,
  CorpusParseError,
  UNKNOWN_SOURCE,
} from './parse-seed';
export { splitSentences, splitText, sentenceRanges } from './sentences';
export { detectLanguage } from './language';
