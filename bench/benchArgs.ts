// A bench script's command line: `--name value` numbers and `--flag`s, as every browser bench reads them.
const args = process.argv.slice(2);

/** The number after `name` on the command line, or `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

/** Is `name` on the command line? */
export function flag(name: string): boolean {
  return args.includes(name);
}
