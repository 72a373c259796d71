// `crossmedia-lint licences [paths] [--format table|csv|json]`: every licensable asset the deliverable
// uses, with its licence, licensor, dates, channels and where that information comes from.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, lintPaths, ConfigError } from '../engine';
import { NodeHost } from '../engine/host';
import { usedAssets, assetLicence, deliverableChannel, spdxFromUrl } from '../engine/model/licence-usage';
import { channelAllowed } from '../engine/model/licences';

const HELP = `crossmedia-lint licences [options] [paths...]

Lists every image, SVG, audio/video clip and font the deliverables use, with its licence, licensor,
dates, allowed channels and where that information comes from (licence file entry or the file's
own metadata).

Options:
  -f, --format NAME   table (default), csv or json
  -c, --config FILE   Use this configuration file instead of looking one up
      --days N        Licences ending within N days are "expiring" (default 30)
  -h, --help          Show this help

Exit codes: 0 report written, 2 usage or configuration error.
`;

export interface LicencesReportIo {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  isTTY: boolean;
  now?: () => Date;
}

export interface LicenceReportRow {
  asset: string;
  kind: string;
  licence: string;
  licensor: string;
  creator: string;
  copyright: string;
  creditLine: string;
  source: string;
  start: string;
  end: string;
  status: string;
  /** Channels the licence allows ('' = no restriction known). */
  channels: string;
  /** Channels the deliverable publishes the asset in, where known (banner pages are 'ads'). */
  usedIn: string;
  /** Channels it is used in that the licence does not allow. */
  channelProblem: string;
  origin: string;
  usedBy: string[];
}

const FORMATS = ['table', 'csv', 'json'] as const;

export async function runLicencesReport(args: string[], io: LicencesReportIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        days: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`crossmedia-lint licences: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const o = parsed.values;
  if (o.help) { io.stdout(HELP); return 0; }
  const format = (o.format ?? 'table') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    io.stderr(`crossmedia-lint licences: unknown format "${o.format}" (formats: ${FORMATS.join(', ')})\n`);
    return 2;
  }
  const days = o.days === undefined ? 30 : Number(o.days);
  if (!Number.isInteger(days) || days < 0) {
    io.stderr(`crossmedia-lint licences: --days expects a whole number of days, got "${o.days}"\n`);
    return 2;
  }
  const now = io.now ?? (() => new Date());
  const host = new NodeHost(undefined, now);
  const configFile = o.config ? path.resolve(io.cwd, o.config) : undefined;
  if (configFile && !host.stat(configFile)?.isFile) {
    io.stderr(`crossmedia-lint licences: configuration file not found: ${o.config}\n`);
    return 2;
  }
  const inputs = (parsed.positionals.length ? parsed.positionals : ['.']).map((p) => path.resolve(io.cwd, p));
  let rows: LicenceReportRow[];
  try {
    const { engine } = createEngine({ host, configFile, rules: [], groups: [], now });
    const run = await lintPaths(engine, host, inputs);
    for (const m of run.missing) io.stderr(`crossmedia-lint licences: no such file or folder: ${m}\n`);
    if (run.missing.length && run.missing.length === inputs.length) return 2;
    const project = run.project;
    // One deliverable: paths as inside it (img/hero.jpg); several: relative to the working folder.
    const base = project.roots.length === 1 ? project.roots[0] : io.cwd;
    const display = (abs: string) => {
      const rel = path.relative(base, abs).split(path.sep).join('/');
      return rel.startsWith('../../') ? abs : rel;
    };
    rows = usedAssets(project).map(({ asset, kind, refs }) => {
      const settings = engine.config.resolve(asset.path).settings;
      const l = assetLicence(project, asset, settings, now(), days);
      const r = l.embedded?.rights;
      const usedIn = [...new Set(refs.map((ref) => deliverableChannel(project, ref.from, engine.config.resolve(ref.from.path).settings)?.channel).filter((c): c is string => !!c))];
      const channels = l.entry?.channels ?? [];
      const status = !l.known ? 'unknown' : l.status === 'no-end' ? 'no end date' : l.status;
      return {
        asset: display(asset.path),
        kind,
        licence: l.entry?.licence ?? spdxFromUrl(r?.licenseUrl) ?? r?.licenseUrl ?? (r?.usageTerms ? `terms: ${r.usageTerms}` : ''),
        licensor: l.entry?.licensor ?? r?.licensorName ?? '',
        creator: l.entry?.creator ?? r?.creator?.join(', ') ?? '',
        copyright: r?.copyrightNotice ?? '',
        creditLine: l.entry?.creditLine ?? r?.creditLine ?? '',
        source: l.entry?.source ?? r?.licensorUrl ?? r?.webStatement ?? r?.source ?? '',
        start: l.start ?? '',
        end: l.end ?? '',
        status,
        channels: channels.join(', '),
        usedIn: usedIn.join(', '),
        channelProblem: usedIn.filter((c) => !channelAllowed(channels, c)).join(', '),
        origin: l.origin,
        usedBy: [...new Set(refs.map((ref) => `${display(ref.from.path)}:${ref.from.positionAt(ref.range.start).line}`))],
      };
    });
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`crossmedia-lint licences: configuration error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (format === 'json') io.stdout(JSON.stringify({ generated: now().toISOString(), expiringDays: days, assets: rows }, null, 2) + '\n');
  else if (format === 'csv') io.stdout(toCsv(rows));
  else io.stdout(toTable(rows));
  return 0;
}

const CSV_COLUMNS: (keyof LicenceReportRow)[] = ['asset', 'kind', 'licence', 'licensor', 'creator', 'copyright', 'creditLine', 'source', 'start', 'end', 'status', 'channels', 'usedIn', 'channelProblem', 'origin', 'usedBy'];

function csvField(value: string | string[]): string {
  const s = Array.isArray(value) ? value.join('; ') : value;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row. */
export function toCsv(rows: LicenceReportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

const TABLE_COLUMNS: [keyof LicenceReportRow, string, number][] = [
  ['asset', 'Asset', 40], ['licence', 'Licence', 34], ['licensor', 'Licensor', 24], ['end', 'Ends', 10],
  ['status', 'Status', 13], ['channels', 'Channels', 34], ['origin', 'Information from', 44],
];

function cell(s: string, width: number): string {
  const chars = [...s.replace(/\s+/g, ' ')];
  return chars.length > width ? chars.slice(0, width - 1).join('') + '…' : s.replace(/\s+/g, ' ');
}

/** A plain-text table, one asset per line, for the terminal. */
export function toTable(rows: LicenceReportRow[]): string {
  if (!rows.length) return 'No images, SVG, audio/video or fonts are used by these deliverables.\n';
  const values = rows.map((r) => TABLE_COLUMNS.map(([key, , max]) => {
    let v = key === 'channels' ? r.channels || (r.status === 'unknown' ? '' : 'any') : String(r[key]);
    if (key === 'channels' && r.channelProblem) v += ` (used in ${r.channelProblem}!)`;
    // "crossmedia-licences.yaml, entry 4; embedded (xmp, iptc)" → "crossmedia-licences.yaml #4 + xmp, iptc"
    if (key === 'origin') v = v.replace(/, (?:licences )?entry (\d+)/g, ' #$1').replace(/; embedded \(([^)]*)\)/, ' + $1').replace(/^embedded \(([^)]*)\)$/, 'embedded: $1');
    return cell(v, max);
  }));
  const widths = TABLE_COLUMNS.map(([, title], i) => Math.max([...title].length, ...values.map((v) => [...v[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ').trimEnd();
  const out = [line(TABLE_COLUMNS.map(([, title]) => title)), line(widths.map((w) => '-'.repeat(w))), ...values.map(line)];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  out.push('', `${rows.length} asset(s): ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}.`);
  return out.join('\n') + '\n';
}
