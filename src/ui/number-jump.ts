/** Digits typed so far towards a question number, and when the last one came. */
export interface NumberJump {
  typed: string;
  at: number;
}

/** Digits typed within this many milliseconds make one question number (1 then 2: question 12). */
export const numberJumpWindowMs = 1000;

/**
 * The question number `digit` asks for: appended to the digits typed just before when such a question exists
 * (`1`, `2` is 12), otherwise the digit alone.
 */
export const numberJump = (
  previous: NumberJump | null,
  digit: string,
  now: number,
  exists: (number: string) => boolean,
): NumberJump => {
  const joined = previous !== null && now - previous.at < numberJumpWindowMs ? previous.typed + digit : '';
  return { typed: exists(joined) ? joined : digit, at: now };
};
