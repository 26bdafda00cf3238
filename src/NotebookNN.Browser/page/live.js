// Live cells for an exported NotebookNN page: every C# cell becomes an editor with Run; the page gets Run all, Reset
// and Stop. Cells run in a Web Worker (app/worker.js: .NET on WebAssembly with Roslyn and NotebookNN), one script
// session per page, so the page never freezes. Bundled by esbuild into assets/live/live.js (a classic script, so a
// page opened from disk still loads it and says how to enable running).
import { EditorView, keymap, lineNumbers, highlightActiveLine } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { csharp } from '@codemirror/legacy-modes/mode/clike';
import DOMPurify from 'dompurify';

const PLOTLY_MIME = 'application/vnd.plotly.v1+json';
const base = new URL('.', document.currentScript.src);

/** One session: a worker that boots .NET and runs cells in order. */
class Session {
  constructor(onReady) {
    this.worker = new Worker(new URL('app/worker.js', base), { type: 'module' });
    this.pending = new Map();
    this.nextId = 0;
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = event => {
        const message = event.data;
        if (message.ready) { this.bootMs = message.bootMs; onReady(this); resolve(this); }
        else if (message.failed) reject(new Error(message.failed));
        else { this.pending.get(message.id)?.resolve(message.result); this.pending.delete(message.id); }
      };
      this.worker.onerror = event => reject(new Error(event.message || 'the C# worker failed to start'));
    });
    this.ready.catch(() => {});
  }

  run(source) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, source });
    });
  }

  stop(reason) {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
  }
}

/** The text a result shows: printed text, displayed values as text (charts have none), the error. */
function textOf(outputs) {
  return outputs.map(o => o.kind === 'display' ? (o.data[PLOTLY_MIME] ? '' : o.data['text/plain'] ?? '') : o.text)
    .filter(t => t.length > 0).join('\n').replace(/\n+$/, '');
}

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function pre(className, text) {
  const div = element('div', 'output ' + className);
  div.append(element('pre', undefined, text));
  return div;
}

/** Draws a chart from its figure JSON with the page's plotly.js (never a cell's script). */
function chart(figure) {
  const div = element('div', 'output chart');
  if (!window.Plotly) {
    div.textContent = 'A chart (this page has no plotly.js to draw it).';
    return div;
  }
  window.Plotly.newPlot(div, figure).then(gd => {
    if (figure.layout?.meta?.linkedSliders) {
      gd.on('plotly_sliderchange', () => {
        const name = gd.layout.sliders.map(s => s.steps[s.active].value).join(', ');
        window.Plotly.animate(gd, [name], { mode: 'immediate', frame: { duration: 0, redraw: true }, transition: { duration: 0 } });
      });
    }
  });
  return div;
}

function render(output) {
  if (output.kind === 'stream') return pre('stdout', output.text);
  if (output.kind === 'error') return pre('error', output.text);
  const data = output.data;
  if (data[PLOTLY_MIME]) return chart(JSON.parse(data[PLOTLY_MIME]));
  if (data['text/html'] !== undefined) {
    const div = element('div', 'output html');
    div.innerHTML = DOMPurify.sanitize(data['text/html']);
    return div;
  }
  return pre('text', data['text/plain'] ?? '');
}

class LivePage {
  constructor(sections) {
    this.cells = sections.map(section => this.editable(section));
    this.count = 0;
    this.queue = Promise.resolve();
    this.bar = this.toolbar();
    this.start();
  }

  editable(section) {
    const code = section.querySelector('code.language-csharp');
    const pre = code.closest('pre');
    const cell = { section, prompt: section.querySelector('.prompt') };
    cell.view = new EditorView({
      parent: pre.parentElement,
      state: EditorState.create({
        doc: code.textContent.replace(/\n$/, ''),
        extensions: [
          lineNumbers(), history(), highlightActiveLine(), StreamLanguage.define(csharp),
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([{ key: 'Shift-Enter', run: () => { this.run(this.cells.indexOf(cell)); return true; } },
            indentWithTab, ...defaultKeymap, ...historyKeymap]),
        ],
      }),
    });
    pre.parentElement.insertBefore(cell.view.dom, pre);
    pre.remove();
    const run = element('button', 'live-run', 'Run');
    run.title = 'Run this cell (Shift+Enter)';
    run.addEventListener('click', () => this.run(this.cells.indexOf(cell)));
    cell.view.dom.parentElement.append(run);
    return cell;
  }

  toolbar() {
    const bar = element('div', 'live-bar');
    const buttons = [['Run all', () => this.runAll()], ['Reset', () => this.reset()], ['Stop', () => this.stop()]];
    for (const [label, action] of buttons) {
      const button = element('button', 'live-' + label.toLowerCase().replace(' ', '-'), label);
      button.addEventListener('click', action);
      bar.append(button);
    }
    this.status = element('span', 'live-status', 'Starting C#…');
    bar.append(this.status);
    document.querySelector('main').prepend(bar);
    return bar;
  }

  start() {
    const started = performance.now();
    this.session = new Session(() => this.say(`C# ready (${Math.round(performance.now() - started)} ms): edit a cell and press Run.`));
    this.session.ready.catch(error => this.say('C# could not start: ' + error.message));
    this.count = 0;
    return this.session.ready;
  }

  say(text) { this.status.textContent = text; }

  show(cell, outputs, note) {
    let box = cell.section.querySelector('.outputs');
    if (!box) { box = element('div', 'outputs'); cell.section.append(box); }
    box.replaceChildren(...outputs.map(render));
    if (note) box.prepend(element('div', 'live-note', note));
  }

  run(i) {
    const cell = this.cells[i];
    if (!cell) return Promise.reject(new Error(`no C# cell ${i} (there are ${this.cells.length})`));
    const session = this.session;
    const result = this.queue.then(async () => {
      if (session !== this.session) return { status: 'error', text: 'Stopped: a fresh C# session started.' };
      cell.prompt && (cell.prompt.textContent = '[*]');
      this.say(`Running cell ${i + 1}…`);
      let outcome;
      try {
        await session.ready;
        outcome = await session.run(cell.view.state.doc.toString());
      } catch (error) {
        cell.prompt && (cell.prompt.textContent = '[ ]');
        this.show(cell, [{ kind: 'error', text: error.message }]);
        return { status: 'error', text: error.message };
      }
      this.count++;
      cell.prompt && (cell.prompt.textContent = `[${this.count}]`);
      this.show(cell, outcome.outputs);
      this.say(`Cell ${i + 1} ran (compiled in ${outcome.compileMs} ms).`);
      return { status: outcome.status, text: textOf(outcome.outputs), compileMs: outcome.compileMs };
    });
    this.queue = result.catch(() => {});
    return result;
  }

  async runAll() {
    await this.reset('Run all: a fresh C# session runs every cell in order.');
    const results = [];
    for (let i = 0; i < this.cells.length; i++) results.push(await this.run(i));
    this.say(`Ran all ${this.cells.length} cells: ${results.filter(r => r.status === 'error').length} failed.`);
    return results;
  }

  reset(message) {
    this.session.stop('Reset: the C# session was restarted.');
    this.queue = Promise.resolve();
    this.say(message ?? 'Reset: a fresh C# session; run the cells from the top again.');
    return this.start();
  }

  stop() {
    const message = 'Stopped: the running cell was ended and a fresh C# session started (run the cells above again to rebuild their variables).';
    this.session.stop(message);
    this.queue = Promise.resolve();
    this.start();
    this.say(message);
  }
}

function notice(text) {
  const div = element('div', 'live-bar live-off', text);
  document.querySelector('main')?.prepend(div);
}

const sections = Array.from(document.querySelectorAll('section.cell.code')).filter(s => s.querySelector('code.language-csharp'));
if (sections.length > 0) {
  if (location.protocol === 'file:') {
    notice('To run and edit the C# cells here, serve this folder: dotnet run --project src/NotebookNN.Runner -- serve DIR (or any static web server), then open the page from the address it prints.');
  } else {
    const page = new LivePage(sections);
    window.notebookNN = {
      get ready() { return page.session.ready.then(() => undefined); },
      cells: () => page.cells.map(c => c.view.state.doc.toString()),
      setSource: (i, code) => {
        const view = page.cells[i].view;
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
      },
      run: i => page.run(i),
      runAll: () => page.runAll(),
      stop: () => page.stop(),
    };
  }
}
