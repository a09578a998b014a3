/** One line of a screen's key table: the keys (as `keyId` names them), what they do, and how help shows them. */
export interface KeyBinding<A> {
  keys: readonly string[];
  action: A;
  /** The keys as help shows them, e.g. `↑↓` or `Ctrl+S`; none when the binding above already names them. */
  label?: string;
  help?: string;
  /** Listed in the footer line, as `label help` or as the short text given (all bindings are in help and README). */
  footer?: true | string;
}
