import type { Lang } from '../../lib/model';
import type { Passage } from '../../lib/view-model';
import { excerptAround } from './excerpt';
import { MarkedText } from './MarkedText';
import { formatDate } from '../../lib/i18n';

/** A quoted sentence with its mention emphasised, and where it comes from. */
export function PassageView({ passage, lang }: { passage: Passage; lang: Lang }) {
  const quote = excerptAround(passage.text, passage.marks);
  return (
    <>
      <q class="passage-text">
        <MarkedText text={quote.text} marks={quote.marks} />
      </q>
      <span class="passage-meta">
        <span class="passage-title">{passage.articleTitle}</span>
        <span class="passage-source">
          {passage.source}
          {passage.date ? ` · ${formatDate(passage.date, lang, 'short')}` : ''}
        </span>
      </span>
    </>
  );
}
