/**
 * Creator criteria with values quoted safely. Creator's `criteria` is a Deluge expression on
 * field link names (`(Status == "Open" && Amount > 100)`); pasting user input into it
 * unquoted breaks the expression or widens it. Interpolated values are written as literals:
 *
 *   creatorCriteria`Status == ${status} && Amount > ${min}`
 *   creatorCriteria`Region in ${['East', 'West']}`      // → Region in ("East","West")
 */

/** A value that can stand in a criteria. A list becomes `("a","b")`, for `in` / `not in`. */
export type CriteriaLiteral = string | number | boolean | null | readonly (string | number | boolean)[];

/**
 * Builds a criteria string from a template, quoting every interpolated value.
 *
 * @example
 * const status = 'Open "urgent"';
 * const page = await report.list({ criteria: creatorCriteria`Status == ${status} && Region in ${['East', 'West']}` });
 */
export function creatorCriteria(strings: TemplateStringsArray, ...values: CriteriaLiteral[]): string {
  // A template has one more string than values: strings[0] and strings[i + 1] always exist.
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += criteriaLiteral(value) + strings[i + 1]!;
  });
  return out;
}

/** One value as a criteria literal: strings in double quotes with `\` and `"` escaped. */
export function criteriaLiteral(value: CriteriaLiteral): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `(${value.map((item) => criteriaLiteral(item)).join(',')})`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`creatorCriteria: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
