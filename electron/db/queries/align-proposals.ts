// Alignment's rows: the audit tags and texts behind a judge's failures, the themes those failures
// were grouped into, and the guideline proposed for each theme with the expert's decision.
import type Database from 'better-sqlite3';
import type { ProposalStatus, ThemeSource } from '../../../shared/align';
import { immediateTransaction } from '../immediate';
import { sql } from '../statement-cache';

/** Every audit tag on the judge's latest labels of each item (any reviewer), by item id. */
export function itemAuditTags(db: Database.Database, judge: string, itemIds: readonly number[]): Map<number, string[]> {
  const rows = sql(
    db,
    `SELECT DISTINCT l.item_id AS itemId, t.value AS tag
       FROM latest_label l JOIN judge j ON j.id = l.judge_id, json_each(l.tags) t
      WHERE j.name = ? AND l.item_id IN (SELECT value FROM json_each(?))
      ORDER BY l.item_id, t.value`,
  ).all(judge, JSON.stringify(itemIds)) as { itemId: number; tag: string }[];
  const tags = new Map<number, string[]>();
  for (const { itemId, tag } of rows) tags.set(itemId, [...(tags.get(itemId) ?? []), tag]);
  return tags;
}

/** A theme and its proposal as they are stored, before they are saved. */
export interface NewThemeRow {
  theme: string;
  source: ThemeSource;
  itemIds: number[];
  guideline: string;
  rationales: { itemKey: string; text: string }[];
}

/**
 * Saves a new grouping of one judge version's failures; returns the new proposals' ids in theme
 * order. Themes of the judge (any version) whose proposal nobody decided yet are replaced: they were
 * proposals from an older grouping.
 */
export function replaceThemes(
  db: Database.Database,
  judgeVersionId: number,
  themes: readonly NewThemeRow[],
  now: string,
): number[] {
  return immediateTransaction(db, () => {
    sql(
      db,
      `DELETE FROM align_theme WHERE id IN (
         SELECT t.id FROM align_theme t JOIN judge_version v ON v.id = t.judge_version_id
           JOIN align_proposal p ON p.theme_id = t.id
          WHERE p.status = 'proposed'
            AND v.judge_id = (SELECT judge_id FROM judge_version WHERE id = @judgeVersionId))`,
    ).run({ judgeVersionId });
    return themes.map((theme, position) => {
      const { lastInsertRowid } = sql(
        db,
        `INSERT INTO align_theme (judge_version_id, theme, source, position, created_at)
         VALUES (@judgeVersionId, @theme, @source, @position, @now)`,
      ).run({ judgeVersionId, theme: theme.theme, source: theme.source, position, now });
      for (const itemId of theme.itemIds) {
        sql(db, 'INSERT INTO align_theme_item (theme_id, item_id) VALUES (?, ?)').run(lastInsertRowid, itemId);
      }
      const proposal = sql(
        db,
        `INSERT INTO align_proposal (theme_id, guideline, rationales, created_at)
         VALUES (?, ?, ?, ?)`,
      ).run(lastInsertRowid, theme.guideline, JSON.stringify(theme.rationales), now);
      return Number(proposal.lastInsertRowid);
    });
  });
}

export interface ProposalRow {
  id: number;
  themeId: number;
  theme: string;
  source: ThemeSource;
  guideline: string;
  edited: string | null;
  status: ProposalStatus;
  rationales: { itemKey: string; text: string }[];
  /** The instructions of the judge version the theme's failures came from. */
  instructions: string;
  version: number;
  itemIds: number[];
  itemKeys: string[];
}

interface StoredProposal extends Omit<ProposalRow, 'rationales' | 'itemIds' | 'itemKeys'> {
  rationales: string;
  items: string;
}

const PROPOSAL_SELECT = `
  SELECT p.id, t.id AS themeId, t.theme, t.source, p.guideline, p.edited, p.status, p.rationales,
         coalesce(v.spec ->> '$.instructions', v.instructions, '') AS instructions, v.version,
         (SELECT json_group_array(json_array(i.id, i.key)) FROM
            (SELECT i.id, i.key FROM align_theme_item ti JOIN item i ON i.id = ti.item_id
              WHERE ti.theme_id = t.id ORDER BY i.id) i) AS items
    FROM align_proposal p JOIN align_theme t ON t.id = p.theme_id
    JOIN judge_version v ON v.id = t.judge_version_id JOIN judge j ON j.id = v.judge_id`;

function toRow(stored: StoredProposal): ProposalRow {
  const items = JSON.parse(stored.items) as [number, string][];
  return {
    ...stored,
    rationales: JSON.parse(stored.rationales) as ProposalRow['rationales'],
    itemIds: items.map(([id]) => id),
    itemKeys: items.map(([, key]) => key),
  };
}

/** A judge's proposals, oldest grouping first, in the order its themes were found. */
export function judgeProposals(db: Database.Database, judge: string): ProposalRow[] {
  const rows = sql(db, `${PROPOSAL_SELECT} WHERE j.name = ? ORDER BY t.created_at, t.id`).all(judge);
  return (rows as StoredProposal[]).map(toRow);
}

/** Proposals by id, in the order asked for (missing ids left out). */
export function proposalsById(db: Database.Database, ids: readonly number[]): ProposalRow[] {
  const rows = sql(db, `${PROPOSAL_SELECT} WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY t.position`).all(
    JSON.stringify(ids),
  );
  return (rows as StoredProposal[]).map(toRow);
}

/** Records the expert's decision (a decision without new wording keeps an earlier edit); false when there is no such proposal. */
export function decideProposal(
  db: Database.Database,
  decision: { id: number; status: ProposalStatus; edited: string | null },
  now: string,
): boolean {
  return (
    sql(
      db,
      `UPDATE align_proposal SET status = @status, edited = coalesce(@edited, edited), decided_at = @now
      WHERE id = @id`,
    ).run({
      ...decision,
      now,
    }).changes === 1
  );
}

/** The judge's accepted guidelines in the expert's wording (the edit when edited), oldest first. */
export function acceptedGuidelines(db: Database.Database, judge: string): string[] {
  return (
    sql(
      db,
      `SELECT coalesce(p.edited, p.guideline) AS text
         FROM align_proposal p JOIN align_theme t ON t.id = p.theme_id
         JOIN judge_version v ON v.id = t.judge_version_id JOIN judge j ON j.id = v.judge_id
        WHERE j.name = ? AND p.status = 'accepted' ORDER BY t.created_at, t.id`,
    ).all(judge) as { text: string }[]
  ).map((row) => row.text);
}
