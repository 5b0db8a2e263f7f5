/** The value after `--name` on the benchmark's command line, or `fallback` (a string, as typed). */
export function option(name, fallback) {
  const i = process.argv.indexOf(name, 2);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
