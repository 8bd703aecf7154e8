import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^kefu$/, replacement: src("index.ts") },
      { find: /^kefu\/(.*)$/, replacement: src("$1/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    coverage: { provider: "v8", include: ["src/**/*.ts"], reporter: ["text-summary", "html"] },
    testTimeout: 60_000,
    // Test files share one module graph per worker: kefu has no global state, and importing it
    // afresh for each of ~90 files cost more than the tests themselves.
    isolate: false,
  },
});
