import type { Command } from '../io/cli-io.js';
import type { CommandName } from '../commands/command-specs.js';

/** Every subcommand, loaded on demand so `check` never pulls in Ink, React, remark, conf or execa. */
export const commands: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import('../commands/check.js')).check,
  status: async () => (await import('../commands/status.js')).status,
  handin: async () => (await import('../commands/handin.js')).handin,
  class: async () => (await import('../commands/class.js')).classCommand,
  answer: async () => (await import('../commands/answer.js')).answer,
  toggle: async () => (await import('../commands/toggle.js')).toggle,
  fix: async () => (await import('../commands/fix.js')).fix,
  migrate: async () => (await import('../commands/migrate.js')).migrate,
  evidence: async () => (await import('../commands/evidence.js')).evidence,
  parity: async () => (await import('../commands/parity.js')).parity,
  preview: async () => (await import('../commands/preview.js')).preview,
  setup: async () => (await import('../commands/setup.js')).setup,
  resolve: async () => (await import('../commands/resolve.js')).resolve,
  'merge-driver': async () => (await import('../commands/merge-driver.js')).mergeDriver,
  demo: async () => (await import('../commands/demo.js')).demo,
  wizard: async () => (await import('../commands/wizard.js')).wizard,
};
