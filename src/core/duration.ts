import { Duration } from 'cdk8s';

/** Converts a Duration to whole seconds, throwing early with the prop name when it is not whole. */
export function wholeSeconds(prop: string, duration: Duration | undefined): number | undefined {
  if (duration === undefined) return undefined;
  try {
    return duration.toSeconds();
  } catch {
    throw new Error(`${prop} must be a whole number of seconds, got ${duration.toHumanString()}. Use e.g. Duration.seconds(10).`);
  }
}
