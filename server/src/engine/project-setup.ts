import * as path from 'node:path';
import type { Host } from './host';
import type { Engine } from './run';
import { DEFAULT_MAX_FILE_SIZE } from './config/config';
import { Project, type SourceFile } from './model/project';
import { discover, type DiscoveryResult } from './discover';
import { addArchiveToProject } from './archive/project-archive';

export interface PreparedRun {
  found: DiscoveryResult;
  roots: string[];
  maxFileSize: number;
  project: Project;
  targets: SourceFile[];
}

/** Adds the discovered files, and the entries of zip files, to a new project. */
export function buildProject(host: Host, roots: string[], maxFileSize: number, files: { path: string; size: number }[]): { project: Project; targets: SourceFile[] } {
  const project = new Project(host, roots, { maxFileSize });
  const targets: SourceFile[] = [];
  for (const f of files) {
    const sf = project.addFile(f.path, path.relative(project.rootOf(f.path), f.path).split(path.sep).join('/'), f.size);
    targets.push(sf);
    if (sf.language === 'zip') targets.push(...addArchiveToProject(project, sf));
  }
  return { project, targets };
}

/** Discovery, deliverable roots and the project model for the paths given to the linter. */
export function prepareRun(engine: Engine, host: Host, paths: string[]): PreparedRun {
  const inputs = paths.length ? paths : ['.'];
  const found = discover(host, inputs, {
    isIgnored: (abs, dir) => engine.config.ignoreMatchers(dir).some((m) => m(abs)),
  });
  const roots = inputs.map((p) => path.resolve(p)).filter((p) => host.stat(p)?.isDirectory);
  for (const f of found.files) if (!roots.some((r) => f.path.startsWith(r + path.sep))) roots.push(path.dirname(f.path));
  const maxFileSize = engine.config.resolve(path.join(roots[0] ?? process.cwd(), '.')).maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const workerRoots = [...roots];
  const { project, targets } = buildProject(host, roots, maxFileSize, found.files);
  return { found, roots: workerRoots, maxFileSize, project, targets };
}
