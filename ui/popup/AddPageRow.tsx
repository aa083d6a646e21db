import { useState } from 'preact/hooks';
import type { AddPageOutcome } from './backend';
import type { PopupStrings } from './strings';

type RowState = { kind: 'idle' } | { kind: 'adding' } | { kind: 'done'; outcome: AddPageOutcome };

function outcomeText(outcome: AddPageOutcome, t: PopupStrings): string {
  switch (outcome.kind) {
    case 'added':
      return t.pageAdded(outcome.title, outcome.newEntities);
    case 'refused':
      return t.pageRefused(outcome.reason);
    case 'no-article':
      return t.pageNoArticle;
    case 'failed':
      return t.pageAddFailed;
  }
}

/** "Add this page": the tab's article into the reader's library, with what became of it. */
export function AddPageRow({
  t,
  disabled,
  onAdd,
}: {
  t: PopupStrings;
  disabled: boolean;
  onAdd: (options?: { namesOnly?: boolean }) => Promise<AddPageOutcome>;
}) {
  const [state, setState] = useState<RowState>({ kind: 'idle' });
  const add = async (options?: { namesOnly?: boolean }) => {
    setState({ kind: 'adding' });
    const outcome = await onAdd(options).catch((): AddPageOutcome => ({ kind: 'failed' }));
    setState({ kind: 'done', outcome });
  };
  if (state.kind === 'done') {
    const { outcome } = state;
    return (
      <div class="add-page-done">
        <p class={`add-page-result is-${outcome.kind}`} role="status">
          {outcomeText(outcome, t)}
        </p>
        {outcome.kind === 'refused' && outcome.language && (
          <button type="button" class="add-page names-only" onClick={() => void add({ namesOnly: true })}>
            {t.addNamesOnly}
          </button>
        )}
      </div>
    );
  }
  return (
    <button
      type="button"
      class="add-page"
      disabled={disabled || state.kind === 'adding'}
      onClick={() => void add()}
    >
      <span class="add-icon" aria-hidden="true">
        +
      </span>
      {state.kind === 'adding' ? t.addingPage : t.addPage}
    </button>
  );
}
