// The WebAssembly app's entry point: nothing to do at start; the worker (wwwroot/worker.js) calls BrowserExports.
return 0;
