// The card shown next to a highlighted name: who or what it is, and what the corpus says about it.
import { useEffect, useRef } from 'preact/hooks';
import type { EntityId, EntityType, Lang } from '../../lib/model';
import type { EntityCard, EntityName, Passage } from '../../lib/view-model';
import { formatDate } from '../../lib/i18n';
import { mentionsLine, strings, typeLabel } from './strings';
import type { Theme } from '../theme/page-theme';
import { PassageText } from './passage-text';
import { useTranslation } from './translation';

export type CardState =
  | { status: 'loading'; label: string; type: EntityType }
  | { status: 'ready'; card: EntityCard }
  | { status: 'missing'; label: string; type: EntityType }
  | { status: 'error'; label: string; type: EntityType };

export interface EntityPopoverProps {
  state: CardState;
  /** Language of the page: names and descriptions follow it. */
  pageLang: Lang;
  /** Language of the browser: the extension's own words follow it. */
  uiLang: Lang;
  theme: Theme;
  /** Move focus into the card when it opens (click, keyboard), not when it opens on hover. */
  takeFocus: boolean;
  canGoBack: boolean;
  onBack: () => void;
  onClose: () => void;
  onOpenEntity: (id: EntityId) => void;
  /** `event` is the click, for the caller to tell the reader's own from a script's. */
  onOpenArticle: (passage: Passage, event: MouseEvent) => void;
  onShowAll: (id: EntityId, event: MouseEvent) => void;
}

/** The name in the page's language, and the other one when it differs (the original form). */
export function displayNames(name: EntityName, lang: Lang): { primary: string; secondary: string | null } {
  const primary = lang === 'ru' ? (name.ru ?? name.en) : name.en;
  const other = lang === 'ru' ? name.en : name.ru;
  return { primary, secondary: other && other !== primary ? other : null };
}

const FOCUSABLE = 'button, [href], [tabindex]:not([tabindex="-1"])';

export function EntityPopover(props: EntityPopoverProps) {
  const { state, pageLang, uiLang, theme } = props;
  const t = strings(uiLang);
  const dialog = useRef<HTMLDivElement>(null);
  const headingId = 'cl-heading';
  const card = state.status === 'ready' ? state.card : null;
  const type = card ? card.type : state.status !== 'ready' ? state.type : 'person';
  const names = card
    ? displayNames(card.name, pageLang)
    : { primary: state.status !== 'ready' ? state.label : '', secondary: null };
  const translation = useTranslation(card?.passages ?? [], pageLang);

  useEffect(() => {
    if (props.takeFocus) dialog.current?.focus({ preventScroll: true });
  }, [props.takeFocus, card?.id]);

  // Tab and Shift+Tab cycle inside the card.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const root = dialog.current.getRootNode() as ShadowRoot;
    const current = root.activeElement as HTMLElement | null;
    const index = current ? items.indexOf(current) : -1;
    const next = e.shiftKey
      ? index <= 0
        ? items.length - 1
        : index - 1
      : index === items.length - 1
        ? 0
        : index + 1;
    e.preventDefault();
    items[next].focus();
  };

  return (
    <div
      ref={dialog}
      class={`cl-card cl-t-${type}`}
      data-theme={theme}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      lang={pageLang}
    >
      <div class="cl-head">
        {props.canGoBack && (
          <button type="button" class="cl-icon" aria-label={t.back} title={t.back} onClick={props.onBack}>
            ‹
          </button>
        )}
        <div class="cl-titles">
          <h2 class="cl-name" id={headingId}>
            {names.primary}
          </h2>
          {names.secondary && (
            <div class="cl-original" lang={pageLang === 'ru' ? 'en' : 'ru'}>
              {names.secondary}
            </div>
          )}
        </div>
        <button type="button" class="cl-icon" aria-label={t.close} title={t.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div class="cl-meta" lang={uiLang}>
        <span class="cl-type">
          <span class="cl-dot" aria-hidden="true" />
          {typeLabel(type, uiLang)}
        </span>
        {card && card.mentionCount > 0 && (
          <span>{mentionsLine(card.mentionCount, card.articleCount, uiLang)}</span>
        )}
      </div>
      {state.status === 'loading' && <p class="cl-status">{t.loading}</p>}
      {state.status === 'missing' && <p class="cl-status">{t.notFound}</p>}
      {state.status === 'error' && <p class="cl-status">{t.unavailable}</p>}
      {card && (
        <>
          <p class="cl-desc">{card.description[pageLang] || card.description.en}</p>
          {card.passages.length > 0 && (
            <ul class="cl-passages">
              {card.passages.slice(0, 3).map((p, i) => (
                <li class="cl-passage" key={`${p.articleId}:${p.sentenceIndex}`}>
                  <p class="cl-quote" lang={translation.shown ? pageLang : 'ru'}>
                    <PassageText passage={p} translated={translation.shown ? translation.texts[i] : null} />
                  </p>
                  <div class="cl-source" lang={uiLang}>
                    <span>{p.source}</span>
                    <span aria-hidden="true">·</span>
                    <span>{formatDate(p.date, uiLang)}</span>
                  </div>
                  <button
                    type="button"
                    class="cl-link cl-title-link"
                    lang="ru"
                    title={t.openInReader}
                    onClick={(e) => props.onOpenArticle(p, e)}
                  >
                    {p.articleTitle}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {card.related.length > 0 && (
            <div class="cl-related">
              <p class="cl-label" lang={uiLang}>
                {t.related}
              </p>
              <div class="cl-chips">
                {card.related.slice(0, 6).map((r) => (
                  <button
                    type="button"
                    key={r.id}
                    class={`cl-chip cl-t-${r.type}`}
                    onClick={() => props.onOpenEntity(r.id)}
                  >
                    <span class="cl-dot" aria-hidden="true" />
                    {displayNames(r.name, pageLang).primary}
                  </button>
                ))}
              </div>
            </div>
          )}
          <div class="cl-foot" lang={uiLang}>
            {translation.available ? (
              <button
                type="button"
                class="cl-link"
                disabled={translation.busy}
                onClick={() => translation.toggle()}
              >
                {translation.busy ? t.translating : translation.shown ? t.showOriginal : t.translate}
              </button>
            ) : (
              <span />
            )}
            <button type="button" class="cl-link" onClick={(e) => props.onShowAll(card.id, e)}>
              {t.showAll}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
