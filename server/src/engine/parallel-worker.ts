import { parentPort, workerData } from 'node:worker_threads';
import { NodeHost } from './host';
import { RecordingHost, ownFileMatcher } from './cache';
import { createEngine } from './index';
import type { WorkerData, ToWorker, FromWorker } from './parallel';
import { buildProject } from './project-setup';

/** A `--concurrency` worker: the same engine and project as the main thread, file-scope rules only. */
const data = workerData as WorkerData;
const port = parentPort!;
const { setup } = data;
const hidden = (setup.hiddenFiles ?? []).map(ownFileMatcher);
const fixed = setup.now !== undefined ? new Date(setup.now) : undefined;
const host = new RecordingHost(new NodeHost(undefined, fixed ? () => fixed : undefined), (abs) => hidden.some((h) => h(abs)), !!setup.record);
const { engine } = createEngine({ host, configFile: setup.configFile, cliRules: setup.cliRules, cliSettings: setup.cliSettings, now: () => host.now() });
const { project, targets } = buildProject(host, [...data.roots], data.maxFileSize, data.files);
const onlyRules = new Set(data.onlyRules);
const send = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  if (m.type === 'finish') {
    send({ type: 'finished', seen: setup.record ? host.seen : undefined });
    port.close();
    return;
  }
  const file = targets[m.index];
  engine.lint(project, [file], { onlyRules, cost: data.cost }).then(
    (byFile) => send({ type: 'result', index: m.index, byFile: [...byFile] }),
    (e) => send({ type: 'failed', index: m.index, message: String((e as Error)?.message ?? e) }),
  );
});
send({ type: 'ready', targets: targets.map((t) => t.path) });
