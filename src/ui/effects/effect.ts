/** A side effect a key handler asks for: the handlers stay pure, `createEffects` runs these. */
export type Effect =
  | { kind: 'toggle'; index: number }
  | { kind: 'tickAll' }
  | { kind: 'undoTickAll' }
  | { kind: 'parity' }
  | { kind: 'writeAllAndQuit' };
