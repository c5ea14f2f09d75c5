// Retrieved context, each chunk a collapsible source with what per-chunk judges (e.g. chunk_relevance) said about it.
import type { ContextChunk, JudgmentView } from '../../../../shared/domain';
import { highlightsFor, type AuditHighlights } from '../../audit/item-audit';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { SourceText } from '../../components/SourceText';
import { verdictOnScale, verdictTone } from '../../format/verdict';

interface Props {
  chunks: ContextChunk[];
  judgments: JudgmentView[];
  /** The justification audit's marks, while it is on. */
  highlights?: AuditHighlights;
}

export function ContextChunks({ chunks, judgments, highlights }: Props) {
  const perChunkJudgments = judgments.filter((judgment) => judgment.chunks !== null);
  return (
    <ol className="chunks">
      {chunks.map((chunk, index) => (
        <li key={index} className="chunk" data-testid="detail-context-chunk">
          {/* Open at first; a long source folds away under its name. */}
          <details open>
            <summary className="chunk-source">{chunk.doc_uri ?? `Chunk ${index + 1}`}</summary>
            <SourceText text={chunk.content} highlights={highlightsFor(highlights, `context:${index}`)} />
          </details>
          {perChunkJudgments.map((judgment) => {
            const verdict = judgment.chunks?.[index];
            if (!verdict) return null;
            return (
              <div key={judgment.id} className="chunk-verdict">
                <span className={`badge tone-${verdictTone({ pass: verdict.pass, status: 'done' })}`}>
                  {judgment.judge}: {verdictOnScale({ score: null, ...verdict }, null)}
                </span>
                {verdict.rationale && <SafeMarkdown text={verdict.rationale} />}
              </div>
            );
          })}
        </li>
      ))}
    </ol>
  );
}
