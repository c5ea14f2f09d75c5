// The dataset's rows, virtualized: only rows on screen exist in the DOM, and only their pages are
// fetched. Keyboard: ↑/↓, PageUp/PageDown, Home/End move the selection; Enter opens it.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ItemRow } from '../../../../shared/domain';
import { rowAt } from '../../store/slices/dataset/table';
import { useGavel } from '../../store/store-context';
import { ItemRowView } from './ItemRowView';
import { HEADER_HEIGHT, ROW_HEIGHT, tableLayout } from './table-layout';

const OVERSCAN = 10;

export function ItemTable({ scrollRef }: { scrollRef: RefObject<HTMLDivElement | null> }) {
  const { total, judges, pages, selectedIndex, showRows, selectRow, openItem, detailItemId } = useGavel(
    useShallow((s) => ({
      total: s.table.total,
      judges: s.table.judges,
      pages: s.table.pages,
      selectedIndex: s.table.selectedIndex,
      showRows: s.showRows,
      selectRow: s.selectRow,
      openItem: s.openItem,
      detailItemId: s.detail.itemId,
    })),
  );
  const count = total ?? 0;

  // The compiler warning is moot: this app doesn't use the React Compiler, and the virtualizer is
  // used the way TanStack documents it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    // Keeps a row scrolled to with the keyboard from hiding under the sticky header.
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const first = virtualRows[0]?.index;
  const last = virtualRows[virtualRows.length - 1]?.index;

  useEffect(() => {
    if (first !== undefined && last !== undefined) void showRows(first, last);
  }, [first, last, showRows]);

  const activate = useCallback(
    (index: number, row: ItemRow) => {
      selectRow(index);
      void openItem(row.id);
    },
    [selectRow, openItem],
  );

  // With the detail open it follows the selection, so items can be read one after another; a row
  // jumped to before its page arrived is shown once it does.
  const selectedRow = selectedIndex === null ? undefined : rowAt(pages, selectedIndex);
  useEffect(() => {
    if (detailItemId !== null && selectedRow && selectedRow.id !== detailItemId) void openItem(selectedRow.id);
  }, [selectedRow, detailItemId, openItem]);

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    selectRow(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const current = selectedIndex ?? -1;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    if (event.key === 'Enter' && selectedIndex !== null && selectedRow) {
      event.preventDefault();
      activate(selectedIndex, selectedRow);
    }
  };

  const layout = tableLayout(judges.length);
  return (
    <div
      ref={scrollRef}
      className="item-table"
      data-testid="dataset-table"
      role="grid"
      aria-label="Items"
      aria-rowcount={count + 1}
      aria-activedescendant={selectedIndex !== null ? `item-row-${selectedIndex}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="item-table-body" style={{ height: virtualizer.getTotalSize(), minWidth: layout.minWidth }}>
        <div
          className="grid-row grid-header"
          role="row"
          aria-rowindex={1}
          style={{ height: HEADER_HEIGHT, gridTemplateColumns: layout.gridTemplateColumns }}
        >
          {['Key', 'Request', 'Response', 'Expected response'].map((title) => (
            <div key={title} className="cell" role="columnheader">
              {title}
            </div>
          ))}
          {judges.map((judge) => (
            <div key={judge} className="cell verdict" role="columnheader" title={judge}>
              {judge}
            </div>
          ))}
        </div>
        {virtualRows.map((virtualRow) => (
          <ItemRowView
            key={virtualRow.index}
            row={rowAt(pages, virtualRow.index)}
            index={virtualRow.index}
            judges={judges}
            selected={virtualRow.index === selectedIndex}
            top={virtualRow.start}
            gridTemplateColumns={layout.gridTemplateColumns}
            onActivate={activate}
          />
        ))}
      </div>
      {total === 0 && <p className="muted table-empty">This dataset has no items.</p>}
    </div>
  );
}
