import { defineConfig } from "tsup";

/** One entry per public module: the root plus each subpath export. */
const modules = [
  "core",
  "calendar",
  "cases",
  "customers",
  "sla",
  "satisfaction",
  "kpi",
  "care",
  "testing",
  "testing/vitest",
] as const;

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  minify: false,
  outDir: "dist",
});
