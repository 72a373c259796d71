/**
 * A checking parser for WebVTT caption files (W3C "WebVTT: The Web Video Text Tracks Format" syntax). It keeps
 * going after errors, like browsers do, so one bad cue does not hide the next; cues that a browser would drop
 * (unreadable timings) are left out of `cues`.
 */

export type WebVttErrorCode =
  | 'missing-signature'
  | 'bad-timestamp'
  | 'end-before-start'
  | 'overlap-order'
  | 'missing-arrow'
  | 'empty-cue'
  | 'bad-setting'
  | 'missing-blank-line'
  | 'misplaced-block';

export interface WebVttCue {
  /** Seconds. */
  start: number;
  end: number;
  /** 1-based line of the cue's timing line. */
  startLine: number;
  /** Payload lines joined with "\n". */
  text: string;
  id?: string;
}

export interface WebVttError {
  /** 1-based line. */
  line: number;
  /** 1-based column of the offending token's first character. */
  column: number;
  /** 1-based column just past the token's last character (exclusive). */
  endColumn: number;
  message: string;
  code: WebVttErrorCode;
}

export interface WebVttParseResult {
  cues: WebVttCue[];
  errors: WebVttError[];
}

const SETTING_NAMES = new Set(['vertical', 'line', 'position', 'size', 'align', 'region']);
const TIMESTAMP = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/u;
const SRT_TIMING = /^\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->/u;

interface Token {
  text: string;
  /** 0-based index in the line. */
  index: number;
}

export function parseWebVtt(input: string): WebVttParseResult {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const lines = text.split(/\r\n|\r|\n/u);
  const errors: WebVttError[] = [];
  const cues: WebVttCue[] = [];
  const report = (lineIndex: number, index: number, length: number, code: WebVttErrorCode, message: string): void => {
    errors.push({ line: lineIndex + 1, column: index + 1, endColumn: index + 1 + Math.max(1, length), message, code });
  };

  const signature = checkSignature(lines);
  if (signature) {
    report(0, 0, lines[0].length, 'missing-signature', signature);
    return { cues, errors };
  }

  let i = 1;
  // Header lines ("Kind: captions"…) run to the first blank line. A timing line there means the blank line is missing.
  while (i < lines.length && lines[i].trim() !== '' && !lines[i].includes('-->')) i++;
  if (i < lines.length && lines[i].includes('-->')) {
    report(i, 0, lines[i].length, 'missing-blank-line', 'a blank line must separate the WEBVTT header from the first cue');
  }

  let previousCue: WebVttCue | undefined;
  let seenCue = false;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const first = lines[i];
    if (/^NOTE($|[ \t])/u.test(first)) {
      while (i < lines.length && lines[i].trim() !== '') i++;
      continue;
    }
    if (/^(STYLE|REGION)[ \t]*$/u.test(first)) {
      const kind = first.trim();
      if (seenCue) report(i, 0, kind.length, 'misplaced-block', `${kind} blocks must come before the first cue; browsers ignore this one`);
      while (i < lines.length && lines[i].trim() !== '') i++;
      continue;
    }

    // Cue block: an optional identifier line, then the timing line.
    let id: string | undefined;
    let timingIndex = i;
    if (!first.includes('-->')) {
      if (i + 1 < lines.length && lines[i + 1].trim() !== '' && lines[i + 1].includes('-->')) {
        id = first;
        timingIndex = i + 1;
      } else {
        reportMissingArrow(lines, i, report);
        i++;
        // Skip the rest of the block, but stop at a timing line so the next cue is still checked.
        while (i < lines.length && lines[i].trim() !== '' && !lines[i].includes('-->')) i++;
        continue;
      }
    }

    const timing = parseTimingLine(lines[timingIndex], timingIndex, report);
    i = timingIndex + 1;
    const payload: string[] = [];
    while (i < lines.length && lines[i] !== '' && !lines[i].includes('-->')) payload.push(lines[i++]);
    if (i < lines.length && lines[i].includes('-->')) {
      report(i, 0, lines[i].length, 'missing-blank-line', 'a blank line must end the previous cue before this timing line');
    }
    seenCue = true;
    if (!timing) continue;
    const timingLine = lines[timingIndex];
    if (payload.every((l) => l.trim() === '')) {
      report(timingIndex, 0, timingLine.length, 'empty-cue', 'cue has no text: add the caption text on the lines after the timing line, or remove the cue');
    }
    if (timing.end <= timing.start) {
      report(timingIndex, timing.endToken.index, timing.endToken.text.length, 'end-before-start',
        `cue ends at ${timing.endToken.text}, which is not after its start ${timing.startToken.text}`);
    }
    if (previousCue && timing.start < previousCue.start) {
      report(timingIndex, timing.startToken.index, timing.startToken.text.length, 'overlap-order',
        `cue starts at ${timing.startToken.text}, before the previous cue (line ${previousCue.startLine}) starts at ${formatTime(previousCue.start)}; cues must be in start-time order`);
    }
    const cue: WebVttCue = { start: timing.start, end: timing.end, startLine: timingIndex + 1, text: payload.join('\n') };
    if (id !== undefined) cue.id = id;
    cues.push(cue);
    previousCue = cue;
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return { cues, errors };
}

type Reporter = (lineIndex: number, index: number, length: number, code: WebVttErrorCode, message: string) => void;

function checkSignature(lines: string[]): string | undefined {
  const first = lines[0];
  if (/^WEBVTT($|[ \t])/u.test(first)) return undefined;
  if (looksLikeSrt(lines)) return 'looks like SRT (comma in timestamps / numeric cue ids); WebVTT is required';
  if (/^webvtt($|[ \t])/iu.test(first)) return `the file must start with "WEBVTT" in capitals, found "${first.slice(0, 6)}"`;
  if (first.startsWith('WEBVTT')) return '"WEBVTT" must be followed by a space, a tab or the end of the line';
  return 'missing "WEBVTT" signature: the first line of a WebVTT file must be "WEBVTT"';
}

function looksLikeSrt(lines: string[]): boolean {
  const sample = lines.slice(0, 50);
  if (sample.some((l) => SRT_TIMING.test(l))) return true;
  return /^\d+$/u.test(lines[0].trim()) && sample.some((l) => l.includes('-->'));
}

function reportMissingArrow(lines: string[], blockStart: number, report: Reporter): void {
  const candidates = [blockStart, blockStart + 1].filter((k) => k < lines.length && lines[k].trim() !== '');
  const timingLike = candidates.find((k) => /\d:\d{2}/u.test(lines[k]));
  const at = timingLike ?? blockStart;
  const line = lines[at];
  const indent = line.length - line.trimStart().length;
  const message = timingLike !== undefined
    ? 'cue timing line needs "-->" between the start and end timestamps'
    : 'text outside a cue: a blank line ends a cue, so this text has no timing line (remove the blank line inside the cue text, or add "start --> end" above)';
  report(at, indent, line.trim().length, 'missing-arrow', message);
}

interface Timing {
  start: number;
  end: number;
  startToken: Token;
  endToken: Token;
}

function parseTimingLine(line: string, lineIndex: number, report: Reporter): Timing | undefined {
  const arrow = line.indexOf('-->');
  const left = line.slice(0, arrow);
  const startIndex = left.length - left.trimStart().length;
  const startToken: Token = { text: left.trim(), index: startIndex };
  let pos = arrow + 3;
  while (pos < line.length && (line[pos] === ' ' || line[pos] === '\t')) pos++;
  let endStop = pos;
  while (endStop < line.length && line[endStop] !== ' ' && line[endStop] !== '\t') endStop++;
  const endToken: Token = { text: line.slice(pos, endStop), index: pos };

  let ok = true;
  if (startToken.text === '') {
    report(lineIndex, arrow, 3, 'bad-timestamp', 'cue timing line has no start timestamp before "-->"');
    ok = false;
  }
  const start = startToken.text === '' ? undefined : parseTimestamp(startToken, lineIndex, report, 'start');
  if (endToken.text === '') {
    report(lineIndex, arrow, 3, 'bad-timestamp', 'cue timing line has no end timestamp after "-->"');
    ok = false;
  }
  const end = endToken.text === '' ? undefined : parseTimestamp(endToken, lineIndex, report, 'end');
  checkSettings(line, endStop, lineIndex, report);
  if (!ok || start === undefined || end === undefined) return undefined;
  return { start, end, startToken, endToken };
}

function parseTimestamp(token: Token, lineIndex: number, report: Reporter, which: 'start' | 'end'): number | undefined {
  const match = TIMESTAMP.exec(token.text);
  const fail = (why: string): undefined => {
    report(lineIndex, token.index, token.text.length, 'bad-timestamp', `${which} timestamp "${token.text}" ${why}`);
    return undefined;
  };
  if (!match) {
    if (/^[\d:]+,\d+$/u.test(token.text)) return fail('uses a comma (SRT style); WebVTT needs a full stop before the milliseconds, e.g. 00:00:01.000');
    if (/^\d:\d{2}:\d{2}\.\d{3}$/u.test(token.text)) return fail('has a one-digit hour; WebVTT hours need at least two digits, e.g. 01:00:00.000');
    if (/-->/u.test(token.text) || token.text.includes('>')) return fail('is glued to the arrow; put a space on each side of "-->"');
    return fail('is not a WebVTT timestamp; expected hh:mm:ss.ttt or mm:ss.ttt (two-digit minutes and seconds, three-digit milliseconds)');
  }
  const hours = match[1] === undefined ? 0 : Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  if (minutes > 59) return fail('has minutes above 59');
  if (seconds > 59) return fail('has seconds above 59');
  const millis = ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(match[4]);
  return millis / 1000;
}

function checkSettings(line: string, from: number, lineIndex: number, report: Reporter): void {
  const seen = new Set<string>();
  const pattern = /[^ \t]+/gu;
  pattern.lastIndex = from;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    const token = m[0];
    const bad = (why: string): void => report(lineIndex, m!.index, token.length, 'bad-setting', `cue setting "${token}" ${why}`);
    const colon = token.indexOf(':');
    if (colon <= 0 || colon === token.length - 1) {
      bad('is not of the form name:value');
      continue;
    }
    const name = token.slice(0, colon);
    const value = token.slice(colon + 1);
    if (!SETTING_NAMES.has(name)) {
      bad('has an unknown name; expected vertical, line, position, size, align or region');
      continue;
    }
    if (seen.has(name)) {
      bad(`repeats "${name}"; each setting may appear once`);
      continue;
    }
    seen.add(name);
    const problem = settingValueProblem(name, value);
    if (problem) bad(problem);
  }
}

function percentage(text: string): number | undefined {
  if (!/^\d+(\.\d+)?%$/u.test(text)) return undefined;
  const value = Number(text.slice(0, -1));
  return value <= 100 ? value : undefined;
}

function settingValueProblem(name: string, value: string): string | undefined {
  switch (name) {
    case 'vertical':
      return value === 'rl' || value === 'lr' ? undefined : 'must be vertical:rl or vertical:lr';
    case 'line': {
      const [where, align, extra] = value.split(',');
      const whereOk = /^-?\d+$/u.test(where) || percentage(where) !== undefined;
      const alignOk = align === undefined || ['start', 'center', 'end'].includes(align);
      return whereOk && alignOk && extra === undefined ? undefined : 'must be a line number or a percentage 0–100%, optionally followed by ,start ,center or ,end';
    }
    case 'position': {
      const [where, align, extra] = value.split(',');
      const alignOk = align === undefined || ['line-left', 'center', 'line-right'].includes(align);
      return percentage(where) !== undefined && alignOk && extra === undefined ? undefined : 'must be a percentage 0–100%, optionally followed by ,line-left ,center or ,line-right';
    }
    case 'size':
      return percentage(value) !== undefined ? undefined : 'must be a percentage 0–100%';
    case 'align':
      return ['start', 'center', 'end', 'left', 'right'].includes(value) ? undefined : 'must be start, center, end, left or right';
    case 'region':
      return value.includes('-->') ? 'must not contain "-->"' : undefined;
    default:
      return undefined;
  }
}

function formatTime(seconds: number): string {
  const totalMs = Math.round(seconds * 1000);
  const h = Math.floor(totalMs / 3_600_000);
  const m = Math.floor(totalMs / 60_000) % 60;
  const s = Math.floor(totalMs / 1000) % 60;
  const ms = totalMs % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
}
