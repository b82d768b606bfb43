/**
 * Value parsing as the Go controllers do it, shared by the cloud rules so that every rule reads a number or a boolean
 * the same way its controller does.
 */

/**
 * Go's strconv.ParseInt(value, 10, bits): an optional sign and decimal digits only (no spaces, no "1e3", no "0x10"),
 * within the range of a `bits`-bit signed integer. `trim` first strips surrounding white space, for the controllers
 * that call strings.TrimSpace before parsing.
 */
export function parseGoInteger(value: string, options: { bits?: 32 | 64; trim?: boolean } = {}): number | undefined {
  const text = options.trim ? value.trim() : value;
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  const limit = 2 ** ((options.bits ?? 64) - 1);
  return n >= -limit && n < limit ? n : undefined;
}

/** Go's strconv.ParseBool: `1 t T TRUE true True` and `0 f F FALSE false False`, nothing else (no trimming). */
export function parseGoBool(value: string): boolean | undefined {
  if (GO_TRUE.includes(value)) return true;
  if (GO_FALSE.includes(value)) return false;
  return undefined;
}

const GO_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const GO_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];
