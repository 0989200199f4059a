/** The command groups of eer-admin, in the order of its help. A new group is one file and one line here. */
import { eventCommands } from './event.js';
import { keyCommands } from './key.js';
import { orgCommands } from './org.js';
import { requestsCommands } from './requests.js';
import { webhookCommands } from './webhook.js';
import type { CommandGroup } from './shared.js';

export type { CommandGroup };

export const commandGroups: readonly CommandGroup[] = [
  orgCommands,
  keyCommands,
  eventCommands,
  requestsCommands,
  webhookCommands,
];
