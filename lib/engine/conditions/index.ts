import type { ConditionKind } from '../language/kinds';
import type { WhenKey, WhenValues } from '../language/types';
import { agentTurnsCondition } from './agent-turns';
import { allCondition } from './all';
import { anyCondition } from './any';
import { callMinutesCondition } from './call-minutes';
import { callStateCondition } from './call-state';
import { channelCondition } from './channel';
import { customerLastCondition } from './customer-last';
import { customerThreadCondition } from './customer-thread';
import { deadlineCondition } from './deadline';
import { directionCondition } from './direction';
import { draftCondition } from './draft';
import { draftEmptyCondition } from './draft-empty';
import { elapsedMinutesCondition } from './elapsed-minutes';
import { firstReplyCondition } from './first-reply';
import { heatCondition } from './heat';
import { historyCondition } from './history';
import { langCondition } from './lang';
import { localHourCondition } from './local-hour';
import { notCondition } from './not';
import { problemCondition } from './problem';
import { promiseMadeCondition } from './promise-made';
import { recentContactCondition } from './recent-contact';
import { repeatContactCondition } from './repeat-contact';
import { stateCondition } from './state';
import { timeNeedCondition } from './time-need';
import { upsetCondition } from './upset';

/**
 * Every `when` condition, in the order the console lists them. A condition declared in
 * `WhenValues` but missing here does not compile.
 */
const registry: { [K in WhenKey]: ConditionKind<WhenValues[K]> } = {
  customerLast: customerLastCondition,
  customerThread: customerThreadCondition,
  agentTurns: agentTurnsCondition,
  draft: draftCondition,
  history: historyCondition,
  upset: upsetCondition,
  problem: problemCondition,
  heat: heatCondition,
  deadline: deadlineCondition,
  timeNeed: timeNeedCondition,
  repeatContact: repeatContactCondition,
  recentContact: recentContactCondition,
  promiseMade: promiseMadeCondition,
  firstReply: firstReplyCondition,
  draftEmpty: draftEmptyCondition,
  channel: channelCondition,
  direction: directionCondition,
  state: stateCondition,
  callState: callStateCondition,
  lang: langCondition,
  elapsedMinutes: elapsedMinutesCondition,
  callMinutes: callMinutesCondition,
  localHour: localHourCondition,
  all: allCondition,
  any: anyCondition,
  not: notCondition,
};

export const conditionKinds: readonly ConditionKind<never>[] = Object.values(registry) as ConditionKind<never>[];
