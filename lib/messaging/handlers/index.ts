import type { Handlers } from '../router';
import { backupAndSampleHandlers } from './backup-and-samples';
import { readHandlers } from './reads';
import { recordLinkHandlers } from './record-links';
import { tabAndPanelHandlers } from './tab-and-panel';
import { writeHandlers } from './writes';

/** Every verb's handler; the type makes a missing verb a compile error. */
export const handlers: Handlers = {
  ...readHandlers,
  ...writeHandlers,
  ...backupAndSampleHandlers,
  ...tabAndPanelHandlers,
  ...recordLinkHandlers,
};
