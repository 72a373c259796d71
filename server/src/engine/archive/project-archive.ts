import type { Project, SourceFile } from '../model/project';
import { ZipArchive } from './zip';

/**
 * Reads a .zip into the project as the ad server receives it: each safe entry becomes a file
 * `archive.zip!/entry`, inflated lazily and within limits; unsafe entries are only recorded.
 */
export function addArchiveToProject(project: Project, zipFile: SourceFile): SourceFile[] {
  const archive = ZipArchive.open(zipFile.bytes);
  const root = `${zipFile.path}!`;
  if (!project.roots.includes(root)) project.roots.push(root);
  const entries: SourceFile[] = [];
  let inflated = 0;
  // Entries refused while opening (zip slip, bomb, encryption…) are reported once, on the archive.
  const refused = new Set(archive.problems.map((p) => p.entry).filter((e): e is string => !!e));
  for (const entry of archive.entries) {
    if (entry.isDirectory || !entry.safeName || entry.encrypted || refused.has(entry.name)) continue;
    inflated += entry.declaredSize;
    const abs = `${root}/${entry.safeName}`;
    entries.push(project.addFile(abs, entry.safeName, entry.declaredSize, zipFile.path, () => {
      const data = archive.read(entry);
      if (!data) throw new Error(archive.problems.filter((p) => p.entry === entry.name).map((p) => p.message).join('; ') || 'entry could not be read');
      return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }));
  }
  project.archives.set(zipFile.path, { problems: archive.problems, entryCount: archive.entries.length, byteSize: archive.byteSize, inflatedSize: inflated });
  return entries;
}
