// The material one call shows the judge, as data blocks in a fixed field order.
import { readableText } from '../../shared/conversation';
import type { ContextChunk, Guidelines, ItemFields } from '../../shared/domain';
import type { DataBlock } from './fence';
import type { Placeholder } from './placeholders';
import type { CallFocus } from './types';

function bullets(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

function guidelinesText(guidelines: Guidelines): string {
  if (Array.isArray(guidelines)) return bullets(guidelines);
  return Object.entries(guidelines)
    .map(([name, rules]) => `${name}:\n${bullets(rules)}`)
    .join('\n\n');
}

function chunkBlock(chunk: ContextChunk, index: number, total: number): DataBlock {
  const attributes: Record<string, string> = { chunk: `${index + 1} of ${total}` };
  if (chunk.doc_uri !== null) attributes.doc_uri = chunk.doc_uri;
  return { name: 'retrieved_context', attributes, content: chunk.content };
}

function contextBlocks(item: ItemFields, focus: CallFocus): DataBlock[] {
  const chunks = item.retrieved_context ?? [];
  if (focus.kind === 'chunk') {
    const chunk = chunks[focus.index];
    return chunk ? [chunkBlock(chunk, focus.index, chunks.length)] : [];
  }
  if (chunks.length === 0) return [{ name: 'retrieved_context', content: null }];
  return chunks.map((chunk, index) => chunkBlock(chunk, index, chunks.length));
}

function fieldBlocks(field: Placeholder, item: ItemFields, focus: CallFocus): DataBlock[] {
  switch (field) {
    case 'request':
      // A chat request is shown as the conversation it is, not as its JSON.
      return [{ name: field, content: readableText(item.request) }];
    case 'expected_response':
      return [{ name: field, content: item[field] }];
    case 'response':
      return focus.kind === 'pairwise'
        ? [
            { name: 'response_a', content: focus.first },
            { name: 'response_b', content: focus.second },
          ]
        : [{ name: 'response', content: item.response }];
    case 'expected_facts':
      return [{ name: field, content: item.expected_facts?.length ? bullets(item.expected_facts) : null }];
    case 'guidelines':
      if (focus.kind === 'guideline') {
        return [{ name: field, attributes: { guideline: focus.name }, content: bullets(focus.rules) }];
      }
      return [{ name: field, content: item.guidelines === null ? null : guidelinesText(item.guidelines) || null }];
    case 'retrieved_context':
      return contextBlocks(item, focus);
  }
}

/** Blocks for the given fields (already in PLACEHOLDERS order). */
export function dataBlocks(fields: readonly Placeholder[], item: ItemFields, focus: CallFocus): DataBlock[] {
  return fields.flatMap((field) => fieldBlocks(field, item, focus));
}
