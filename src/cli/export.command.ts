import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { adrExportFiles } from '../domains/strategy/adr-export.service.js';
import { record } from '../platform/audit/audit.service.js';
import { CliError, cliActor, printJson, withPlatform } from './context.js';

/** `quarterdeck export …`: data out of Quarterdeck in the formats the field uses. */
export function exportCommands(program: Command): void {
  const cmd = program.command('export').description('Write data out in open formats (see the subcommands)');

  cmd
    .command('adrs')
    .description(
      'Write every decision record as a MADR file into a folder (records synced from a repository under <repository>/<path>); unedited records are byte for byte as imported',
    )
    .argument('<folder>', 'the folder to write into (created if missing)')
    .option('--json', 'machine-readable output')
    .action(async (folder: string, o: { json?: boolean }) => {
      const root = resolve(folder);
      const written = await withPlatform(async (ctx) => {
        const files = await adrExportFiles(ctx.db);
        for (const f of files) {
          const target = resolve(join(root, f.path));
          if (!target.startsWith(`${root}/`))
            throw new CliError(`Refusing to write outside ${root}: ${f.path}`);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, f.text);
        }
        await record(ctx.db, cliActor(), {
          action: 'strategy.adr.export',
          targetType: 'adrs',
          details: { files: files.length, format: 'folder', folder: root },
        });
        return files;
      });
      if (o.json)
        return printJson({ folder: root, files: written.map((f) => ({ number: f.number, path: f.path })) });
      process.stdout.write(
        `Wrote ${written.length} decision record${written.length === 1 ? '' : 's'} to ${root}\n`,
      );
    });
}
