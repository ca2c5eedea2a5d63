import 'reflect-metadata';
import './cli-env.js';
import { parseArgs } from 'node:util';
import { COMMANDS, UsageError, type CliCommand } from './commands.js';

const PROGRAM = 'npm run kb --';

function commandUsage(command: CliCommand): string {
  const options = Object.entries(command.help).map(([flag, text]) => `    ${flag.padEnd(18)} ${text}`);
  return [`usage: ${PROGRAM} ${command.name}${command.args ? ` ${command.args}` : ''}${Object.keys(command.options).length ? ' [options]' : ''}`, `  ${command.summary}`, ...(options.length ? ['  options:', ...options] : [])].join('\n');
}

function overallUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length + c.args.length + 1));
  return [
    `usage: ${PROGRAM} <command> [options]    (or node dist/cli/kb.js <command>)`,
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${`${c.name} ${c.args}`.trim().padEnd(width)}  ${c.summary}`),
    '',
    `${PROGRAM} <command> --help prints a command's options. Works beside a running server on the embedded database.`,
  ].join('\n');
}

/** The command named by the first words of argv (longest name first: `keys create` before `keys`). */
function findCommand(words: string[]): { command: CliCommand; rest: string[] } | undefined {
  const byLength = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of byLength) {
    const name = command.name.split(' ');
    if (name.every((word, i) => words[i] === word)) return { command, rest: words.slice(name.length) };
  }
  return undefined;
}

async function main(argv: string[]): Promise<number> {
  const leading = argv.findIndex((a) => a.startsWith('-'));
  const words = leading === -1 ? argv : argv.slice(0, leading);
  const found = findCommand(words);
  if (!found) {
    const wantsHelp = argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help';
    (wantsHelp ? console.log : console.error)(`${wantsHelp ? '' : `unknown command: ${argv.join(' ')}\n\n`}${overallUsage()}`);
    return wantsHelp ? 0 : 2;
  }
  const { command } = found;
  const rest = argv.slice(command.name.split(' ').length);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: { ...command.options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${commandUsage(command)}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(commandUsage(command));
    return 0;
  }
  try {
    return await command.run({ positionals: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${commandUsage(command)}`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
