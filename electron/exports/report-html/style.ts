// The report's only styling, inlined so the page needs nothing from outside itself.
export const REPORT_CSS = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem; color: #1d1d1f; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; } th, td { padding: 4px 8px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
table.items td { max-width: 28rem; white-space: pre-wrap; word-break: break-word; }
tr.disagree { background: #fff4f0; }
.figures { display: flex; gap: 3rem; flex-wrap: wrap; align-items: flex-start; }
figcaption { font-weight: 600; margin-bottom: .5rem; }
svg text { font: 12px system-ui, sans-serif; fill: #1d1d1f; }
svg .axis { font-weight: 600; }
svg .axis-line { stroke: #999; }
svg .cell rect { fill: #b3261e; } svg .cell.agree rect { fill: #1f6f43; }
svg .interval { stroke: #2d5bd7; stroke-width: 2; }
svg .judge { fill: #8a8fa3; } svg .human { fill: #2d5bd7; }
.warning { color: #8a4b00; }
`;
