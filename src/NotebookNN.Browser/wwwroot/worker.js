// NotebookNN's cell worker: boots .NET (WebAssembly) with Roslyn and the NotebookNN library off the page's thread,
// hands it the reference assemblies and the course's data files, then runs cells it is sent, one at a time.
// Messages in: {id, source}. Messages out: {ready: true, bootMs} | {failed: message} | {id, result}.
import { dotnet } from './_framework/dotnet.js';

async function fetchBytes(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function lines(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.text()).split('\n').map(l => l.trim()).filter(l => l.length > 0);
}

const started = performance.now();
const booting = (async () => {
  const { getAssemblyExports, getConfig } = await dotnet.create();
  const exports = (await getAssemblyExports(getConfig().mainAssemblyName)).NotebookNN.Browser.BrowserExports;
  const [references, data] = await Promise.all([lines('refs/manifest.txt'), lines('data/manifest.txt')]);
  const images = await Promise.all(references.map(name => fetchBytes('refs/' + name)));
  references.forEach((name, i) => exports.AddReference(name, images[i]));
  const files = await Promise.all(data.map(name => fetchBytes('data/' + name)));
  data.forEach((name, i) => exports.WriteFile('/data/' + name, files[i]));
  await exports.Start();
  return exports;
})();

booting.then(
  () => postMessage({ ready: true, bootMs: Math.round(performance.now() - started) }),
  error => postMessage({ failed: String(error && error.message || error) }));

let queue = Promise.resolve();
onmessage = event => {
  const { id, source } = event.data;
  queue = queue.then(async () => {
    const exports = await booting;
    let result;
    try {
      result = JSON.parse(await exports.Run(source));
    } catch (error) {
      result = { status: 'error', outputs: [{ kind: 'error', text: String(error && error.message || error) }] };
    }
    postMessage({ id, result });
  });
};
