import { customAdapter } from '../adapters/custom';
import { readPage } from '../adapters/read';
import { deepQueryAll } from '../dom/locate';
import type { StructureApi } from './api';
import { readStructure } from './read';
import { findReplyBox } from './reply-box';

/** Everything the on-demand reader brings into the page. */
export const structureApi: StructureApi = { readStructure, findReplyBox, customAdapter, readPage, deepQueryAll };
