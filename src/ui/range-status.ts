/** Where a count sits against a constraint's inclusive range, as report.py tests it (`min <= n <= max`). */
export const rangeStatus = (count: number, [min, max]: [number, number]): 'under' | 'within' | 'over' =>
  count < min ? 'under' : count > max ? 'over' : 'within';
