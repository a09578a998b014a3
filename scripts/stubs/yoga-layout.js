// Stands in for yoga-layout in the CommonJS wizard bundle. yoga-layout's entry waits for its WebAssembly with a
// top-level await, which CommonJS cannot express; here Emscripten's `instantiateWasm` hook compiles the same inlined
// binary synchronously (Node allows that on the main thread), so Ink finds Yoga ready when it loads, as before.
// The build (scripts/build.js) makes the Emscripten loader export its inlined binary as `yogaWasmDataUri`.
import { Buffer } from 'node:buffer';
import loadYoga, {
  yogaWasmDataUri,
} from '../../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from '../../node_modules/yoga-layout/dist/src/wrapAssembly.js';

/* global WebAssembly -- Node's, as in every runtime Yoga supports */

export * from '../../node_modules/yoga-layout/dist/src/generated/YGEnums.js';

const base64 = yogaWasmDataUri.slice(yogaWasmDataUri.indexOf(',') + 1);
const emscripten = {
  instantiateWasm(imports, receiveInstance) {
    const module = new WebAssembly.Module(Buffer.from(base64, 'base64'));
    receiveInstance(new WebAssembly.Instance(module, imports), module);
    return {};
  },
};
// With the instance handed over synchronously, the loader runs Yoga's start-up before it returns: `emscripten` is the
// whole library by now, and the promise has nothing left to wait for.
void loadYoga(emscripten);
if (emscripten.Node === undefined) throw new Error('yoga-layout did not start synchronously');

export default wrapAssembly(emscripten);
