import type { EntityId, Lang } from '../../lib/model';
import type { EntityCard, Passage } from '../../lib/view-model';
import { displayName, otherName } from './names';
import { PassageView } from './PassageView';
import type { PopupStrings } from './strings';

interface Props {
  card: EntityCard;
  lang: Lang;
  t: PopupStrings;
  onOpenEntity: (id: EntityId) => void;
  onOpenPassage: (passage: Passage) => void;
}

/** The entity card inline in the popup: the same data the popover shows on a page. */
export function EntityCardView({ card, lang, t, onOpenEntity, onOpenPassage }: Props) {
  const name = displayName(card.name, lang);
  const other = otherName(card.name, lang);
  return (
    <article class="card" aria-labelledby="card-name">
      <header class="card-header">
        <h2 id="card-name" class="card-name">
          {name}
        </h2>
        {other && <p class="card-other">{other}</p>}
        <p class="card-facts">
          <span class={`type-badge type-${card.type}`}>{t.types[card.type]}</span>
          <span>{t.mentionsInArticles(card.mentionCount, card.articleCount)}</span>
        </p>
        <p class="card-desc">{card.description[lang]}</p>
      </header>
      {card.passages.length > 0 && (
        <ul class="card-passages">
          {card.passages.map((passage) => (
            <li key={`${passage.articleId}:${passage.sentenceIndex}`}>
              <button type="button" class="passage-button" onClick={() => onOpenPassage(passage)}>
                <PassageView passage={passage} lang={lang} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {card.related.length > 0 && (
        <section class="card-related" aria-labelledby="card-related-heading">
          <h3 id="card-related-heading" class="section-heading">
            {t.related}
          </h3>
          <ul class="chips">
            {card.related.map((chip) => (
              <li key={chip.id}>
                <button type="button" class={`chip type-${chip.type}`} onClick={() => onOpenEntity(chip.id)}>
                  <span class={`type-dot type-${chip.type}`} aria-hidden="true" />
                  {displayName(chip.name, lang)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
