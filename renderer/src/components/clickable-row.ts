// A table row that opens something: click or Enter on the row itself (Enter on its buttons presses them).
import type { KeyboardEvent } from 'react';

export function clickableRow(open: () => void) {
  return {
    className: 'clickable',
    tabIndex: 0,
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && event.target === event.currentTarget) open();
    },
  };
}
