// Column sizes shared by the table's header and its rows, which are laid out separately
// (rows are absolutely positioned by the virtualizer).
export const ROW_HEIGHT = 34;
export const HEADER_HEIGHT = 36;

const KEY_COLUMN_REM = 8;
// Narrow enough that the verdict columns stay in view beside the detail panel; the panel shows the full text.
const TEXT_COLUMN_MIN_REM = 6;
const TEXT_COLUMNS = 3;
const JUDGE_COLUMN_REM = 7;

export function tableLayout(judgeCount: number) {
  const columns = [`${KEY_COLUMN_REM}rem`, `repeat(${TEXT_COLUMNS}, minmax(${TEXT_COLUMN_MIN_REM}rem, 1fr))`];
  // `repeat(0, …)` would invalidate the whole template.
  if (judgeCount > 0) columns.push(`repeat(${judgeCount}, ${JUDGE_COLUMN_REM}rem)`);
  return {
    gridTemplateColumns: columns.join(' '),
    minWidth: `${KEY_COLUMN_REM + TEXT_COLUMNS * TEXT_COLUMN_MIN_REM + judgeCount * JUDGE_COLUMN_REM}rem`,
  };
}
