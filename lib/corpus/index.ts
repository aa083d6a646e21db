export {
  parseSeedFile,
  parseArticleText,
  CorpusParseError,
  UNKNOWN_SOURCE,
  type Reading,
} from './parse-seed';
export { splitSentences } from './sentences';
