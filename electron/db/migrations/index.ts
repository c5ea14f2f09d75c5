// The migration registry, in order. Append new steps; never edit one that has shipped.
import type { Migration } from '../migration';
import { datasetsAndJudging } from './0001-datasets-and-judging';
import { reviews } from './0002-reviews';
import { cacheAndSettings } from './0003-cache-and-settings';

export const MIGRATIONS: readonly Migration[] = [datasetsAndJudging, reviews, cacheAndSettings];
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
