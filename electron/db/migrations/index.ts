// The migration registry, in order. Append new steps; never edit one that has shipped.
import type { Migration } from '../migration';
import { datasetsAndJudging } from './0001-datasets-and-judging';
import { reviews } from './0002-reviews';
import { cacheAndSettings } from './0003-cache-and-settings';
import { judgeSpecsAndGeneration } from './0004-judge-specs-and-generation';
import { labelRetractionsAndSessions } from './0005-label-retractions-and-sessions';
import { latestVerdictsAndLabels } from './0006-latest-verdicts-and-labels';
import { calibrations } from './0007-calibrations';
import { queueErrorIndex } from './0008-queue-error-index';
import { generationItemIndex } from './0009-generation-item-index';
import { runLease } from './0010-run-lease';
import { reviewerLinks } from './0011-reviewer-links';
import { runStatusMessage } from './0012-run-status-message';
import { criterionScales } from './0013-criterion-scales';
import { sessionSampling } from './0014-session-sampling';
import { audits } from './0015-audits';
import { alignThemes } from './0016-align-themes';
import { alignSearch } from './0017-align-search';

export const MIGRATIONS: readonly Migration[] = [
  datasetsAndJudging,
  reviews,
  cacheAndSettings,
  judgeSpecsAndGeneration,
  labelRetractionsAndSessions,
  latestVerdictsAndLabels,
  calibrations,
  queueErrorIndex,
  generationItemIndex,
  runLease,
  reviewerLinks,
  runStatusMessage,
  criterionScales,
  sessionSampling,
  audits,
  alignThemes,
  alignSearch,
];
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
