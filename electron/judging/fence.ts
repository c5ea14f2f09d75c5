// Untrusted text (requests, responses, references, contexts, guidelines) reaches the judge only
// inside <data> blocks, so the judge can tell the material it evaluates from its instructions:
// untrusted text stays text.

export const NOT_PROVIDED = '(not provided)';
export const EMPTY = '(empty)';

/**
 * `<data`, `</data`, `< / DATA` and the like inside the material: each loses its `<` to `&lt;`, so
 * no text can close its own block or open a fake one. Everything else is left exactly as written:
 * escaping every `<` or `&` would change code and markup the judge may have to assess.
 */
const DATA_TAG_LOOKALIKE = /<(?=\s*\/?\s*data(?![\w-]))/gi;

export interface DataBlock {
  /** Which material this is: a placeholder name, or `response_a` / `response_b` in pairwise mode. */
  name: string;
  /** Extra labels such as `chunk="2 of 3"`; values are escaped, as document URIs are untrusted too. */
  attributes?: Record<string, string>;
  /** Null when the item lacks the field. */
  content: string | null;
}

export function escapeDataText(text: string): string {
  return text.replace(DATA_TAG_LOOKALIKE, '&lt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderDataBlock(block: DataBlock): string {
  const attributes = Object.entries({ name: block.name, ...block.attributes })
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  const body = block.content === null ? NOT_PROVIDED : block.content === '' ? EMPTY : escapeDataText(block.content);
  return `<data${attributes}>\n${body}\n</data>`;
}
