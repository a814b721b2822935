// monaco-yaml's language worker, re-exported so Vite bundles it as a module worker (`?worker`).
import "monaco-yaml/yaml.worker.js";
