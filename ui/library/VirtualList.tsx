// A list of any length that renders only the rows near the viewport (TanStack Virtual's core, measured
// rows of any height, the window as the scroller): the library's lists of a year's reading open at once.
// The rows not rendered are stood in for by the list's padding, so the page scrolls as if they were there.
// A short list is rendered whole.
import {
  Virtualizer,
  observeWindowOffset,
  observeWindowRect,
  windowScroll,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/** Rows rendered beyond each edge of the viewport: keyboard focus and quick scrolls land on real rows. */
const OVERSCAN = 10;
/**
 * A list this long is rendered whole: it costs little, and the browser's find in page sees every row (in a
 * virtual list it finds only those near the viewport).
 */
const WHOLE_UP_TO = 400;

export interface VirtualListProps<T> {
  items: readonly T[];
  /** A row's height before it is measured, in CSS pixels. */
  estimate: number;
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** `ul` of `li` rows (the default), or `div` of `div` rows. */
  as?: 'ul' | 'div';
  class?: string;
  rowClass?: string;
  label?: string;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  return props.items.length <= WHOLE_UP_TO ? <WholeList {...props} /> : <VirtualRows {...props} />;
}

function WholeList<T>({
  items,
  keyOf,
  render,
  as = 'ul',
  class: className,
  rowClass,
  label,
}: VirtualListProps<T>) {
  const Row = as === 'ul' ? 'li' : 'div';
  return (
    <Shell as={as} class={className} label={label}>
      {items.map((item, index) => (
        <Row key={keyOf(item)} class={rowClassOf(as, rowClass)}>
          {render(item, index)}
        </Row>
      ))}
    </Shell>
  );
}

/** A div's rows get `virtual-row` unless given a class: it holds their children's margins when measured. */
const rowClassOf = (as: 'ul' | 'div', rowClass: string | undefined) =>
  rowClass ?? (as === 'div' ? 'virtual-row' : undefined);

function Shell({
  as,
  class: className,
  label,
  style,
  listRef,
  children,
}: {
  as: 'ul' | 'div';
  class?: string;
  label?: string;
  style?: Record<string, string>;
  listRef?: { current: HTMLElement | null };
  children: ComponentChildren;
}) {
  const List = as;
  return (
    <List ref={listRef as never} class={className} style={style} aria-label={label}>
      {children}
    </List>
  );
}

function VirtualRows<T>({
  items,
  estimate,
  keyOf,
  render,
  as = 'ul',
  class: className,
  rowClass,
  label,
}: VirtualListProps<T>) {
  const list = useRef<HTMLElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // Where the list starts in the document: the virtualizer counts rows from the top of the page.
  const [margin, setMargin] = useState(0);
  const options: VirtualizerOptions<Window, Element> = {
    count: items.length,
    estimateSize: () => estimate,
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    initialOffset: () => window.scrollY,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    scrollMargin: margin,
    overscan: OVERSCAN,
    getItemKey: (i) => keyOf(items[i]),
    onChange: () => rerender(undefined),
  };
  const [virtualizer] = useState(() => new Virtualizer<Window, Element>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => {
    virtualizer._willUpdate();
    const top = list.current ? list.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - margin) >= 1) setMargin(top);
  });

  const rows = virtualizer.getVirtualItems();
  const before = rows.length ? rows[0].start - margin : 0;
  const after = rows.length
    ? Math.max(0, virtualizer.getTotalSize() - (rows[rows.length - 1].end - margin))
    : 0;
  const Row = as === 'ul' ? 'li' : 'div';
  return (
    <Shell
      as={as}
      class={className}
      label={label}
      listRef={list}
      style={{ paddingTop: `${before}px`, paddingBottom: `${after}px` }}
    >
      {rows.map((row) => (
        <Row
          key={row.key}
          data-index={row.index}
          ref={virtualizer.measureElement}
          class={rowClassOf(as, rowClass)}
          {...(as === 'ul' ? { 'aria-setsize': items.length, 'aria-posinset': row.index + 1 } : {})}
        >
          {render(items[row.index], row.index)}
        </Row>
      ))}
    </Shell>
  );
}
