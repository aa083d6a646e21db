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
  onAdd: () => Promise<AddPageOutcome>;
}) {
  const [state, setState] = useState<RowState>({ kind: 'idle' });
  const add = async () => {
    setState({ kind: 'adding' });
    const outcome = await onAdd().catch((): AddPageOutcome => ({ kind: 'failed' }));
    setState({ kind: 'done', outcome });
  };
  if (state.kind === 'done') {
    return (
      <p class={`add-page-result is-${state.outcome.kind}`} role="status">
        {outcomeText(state.outcome, t)}
      </p>
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
