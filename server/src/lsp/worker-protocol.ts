import type { Problem } from '../engine';
import type { ConfigErrorInfo, EngineSettings } from './core';

export interface WorkerRequest {
  id: number;
  root: string;
  focus?: string;
  overlays: [string, string][];
  settings: EngineSettings;
  /** Bumped when a configuration file changes, so the worker drops its cached configs. */
  generation: number;
  /** A SharedArrayBuffer of one Int32: non-zero means cancelled. */
  cancel: SharedArrayBuffer;
}

export interface WorkerResponse {
  id: number;
  results?: [string, Problem[]][];
  files?: string[];
  cancelled?: boolean;
  configError?: ConfigErrorInfo;
  error?: string;
}
