#!/usr/bin/env node
// The `kizuki` command: runs the TypeScript CLI directly through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
