/**
 * Tasks for the rekap pool's tests, loaded by module path as the pool loads any task: one that
 * waits as long as its file name says and counts how many run at once, one that throws.
 */

/** How many tasks of this module are running now, and the most seen at once. */
export const activity = { now: 0, most: 0 };

/** Waits the milliseconds after the last `-` of the name (`b-30`), then returns the name; a name starting `fail` throws. */
export async function waitTask(file: string, options: { readonly tag: string }): Promise<{ readonly file: string; readonly tag: string }> {
  activity.now++;
  activity.most = Math.max(activity.most, activity.now);
  try {
    await new Promise((resolve) => setTimeout(resolve, Number(file.slice(file.lastIndexOf('-') + 1)) || 0));
    if (file.startsWith('fail')) throw new RangeError(`cannot read ${file}`);
    return { file, tag: options.tag };
  } finally {
    activity.now--;
  }
}
