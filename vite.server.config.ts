// `npm run build:server`: the console server (server/serve.ts) as one plain JavaScript file,
// so a production install (`npm ci --omit=dev`, no tsx, no TypeScript) runs it with `node`.
// Packages stay external: they come from the production node_modules (see Dockerfile).
import { defineConfig } from "vite";

export default defineConfig({
  publicDir: false,
  build: {
    ssr: "server/serve.ts",
    outDir: "dist-server",
    emptyOutDir: true,
    target: "node20",
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: "serve.mjs" } },
  },
});
