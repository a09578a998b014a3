/**
 * One key as the wizard's screens see it. `name` is a printable character itself (`a`, `N`, `é`) or a key name
 * (`return`, `tab`, `backspace`, `delete`, `escape`, `space`, `up`, `f1`, `paste`, `unknown`); `text` is what the key
 * types (the character, the pasted text), empty for every other key.
 */
export interface KeyPress {
  name: string;
  text: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  /** The bytes the terminal sent, for tests and debugging. */
  sequence: string;
}
