/** `quarterdeck import cost-rates rates.csv`: monthly exchange rates (see importers/exchange-rates-csv.ts). */

import fs from 'node:fs/promises';
import path from 'node:path';
import { record } from '../../platform/audit/audit.service.js';
import { ImportRejected, type ImportReport } from '../../platform/imports/import-report.js';
import type { ImporterContext, ImporterDefinition } from '../../platform/modules.js';
import * as repo from './billing.repo.js';
import { parseExchangeRatesCsv } from './importers/exchange-rates-csv.js';

async function run(ctx: ImporterContext, p: string, preview: boolean): Promise<ImportReport> {
  const file = ctx.label ?? path.basename(p);
  const { rates, issues } = parseExchangeRatesCsv(await fs.readFile(p, 'utf8'), file);
  if (issues.length) {
    if (preview)
      return { summary: 'Preview: the file has errors; nothing would be imported.', counts: {}, issues };
    throw new ImportRejected('cost-rates', issues, 'Nothing was imported. Fix the file.');
  }
  if (!preview)
    await ctx.db.transaction().execute(async (trx) => {
      await repo.upsertRates(trx, rates);
      await record(trx, ctx.actor, {
        action: 'cost.exchange-rates.import',
        details: { file, rates: rates.length },
      });
    });
  return {
    summary: `${preview ? 'Preview (nothing written)' : 'Imported'} ${rates.length} monthly exchange rates.`,
    counts: { rates: rates.length },
    issues: [],
  };
}

export const exchangeRatesImporter: ImporterDefinition = {
  kind: 'cost-rates',
  description:
    'Monthly exchange rates (CSV month,currency,to_currency,rate), to show bills in several currencies in one.',
  input: 'a CSV file',
  upload: { contentTypes: ['text/csv'], extension: '.csv' },
  preview: (ctx, p) => run(ctx, p, true),
  run: (ctx, p) => run(ctx, p, false),
};
