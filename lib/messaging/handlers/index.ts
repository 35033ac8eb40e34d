import { contextHandlers } from '../../context/context-handlers';
import type { Handlers } from '../router';
import { dataHandlers } from './data';
import { readHandlers } from './reads';
import { recordLinkHandlers } from './record-links';
import { writeHandlers } from './writes';

/** Every verb's handler; the type makes a missing verb a compile error. */
export const handlers: Handlers = {
  ...readHandlers,
  ...writeHandlers,
  ...dataHandlers,
  ...contextHandlers,
  ...recordLinkHandlers,
};
