import type { CheckKind } from '../language/kinds';
import type { CheckKey, CheckValues } from '../language/types';
import { absentCheck } from './absent';
import { allCheck } from './all';
import { anyCheck } from './any';
import { conditionalCheck } from './conditional';
import { existsCheck } from './exists';
import { keepsTimeNeedCheck } from './keeps-time-need';
import { metricCheck } from './metric';
import { namesAgentCheck } from './names-agent';
import { nearCheck } from './near';
import { orderCheck } from './order';

/** Every check kind, in the order the console lists them. One declared but missing here does not compile. */
const registry: { [K in CheckKey]: CheckKind<CheckValues[K]> } = {
  exists: existsCheck,
  absent: absentCheck,
  order: orderCheck,
  conditional: conditionalCheck,
  near: nearCheck,
  metric: metricCheck,
  namesAgent: namesAgentCheck,
  keepsTimeNeed: keepsTimeNeedCheck,
  all: allCheck,
  any: anyCheck,
};

export const checkKinds: readonly CheckKind<never>[] = Object.values(registry) as CheckKind<never>[];
