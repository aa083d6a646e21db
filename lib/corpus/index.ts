export { parseSeedFile, parseArticleText, CorpusParseError, UNKNOWN_SOURCE } from './parse-seed';
export { splitSentences } from './sentences';
