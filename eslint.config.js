// Flat config. Zero warnings allowed (`eslint . --max-warnings=0`).
// Layout boundaries from docs/ARCHITECTURE.md are enforced here as import zones.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";
import { noImportCycle } from "./eslint-rules/no-import-cycle.js";
import { noMnemonicLiteral } from "./eslint-rules/no-mnemonic-literal.js";

const localRules = { rules: { "no-mnemonic-literal": noMnemonicLiteral, "no-import-cycle": noImportCycle } };

// Files that may import devDependencies: tests and their helpers, e2e, benchmarks, scripts and
// config files. Everything else ships (browser bundle, `npm start`) and may use only dependencies.
export const DEV_DEPENDENCY_FILES = [
  "**/*.test.{ts,tsx,js}",
  "**/*.integration.test.ts",
  "src/test/**",
  "**/testing/**",
  "**/test-support/**",
  "e2e/**",
  "bench/**",
  "scripts/**",
  "eslint-rules/**",
  "*.config.{js,ts}",
];

// Which feature may import which other feature: exactly the imports that exist (an edge nobody
// uses is a door left open; eslint-rules/feature-graph.test.js fails on one). Anything not listed
// is a lint error. Each feature's index.ts says in one sentence what it owns.
export const FEATURE_GRAPH = {
  network: [],
  wallet: ["network"],
  providers: ["network"],
  receipts: ["network"],
  sdl: ["network", "providers", "market"],
  market: ["network", "providers"],
  deployments: ["network", "wallet", "providers", "market"],
  leases: ["network", "wallet", "providers", "deployments"],
  transactions: ["network", "wallet", "receipts"],
  funding: ["network", "wallet", "transactions"],
  alerts: ["network", "wallet", "deployments", "market"],
  backup: ["network", "sdl", "deployments", "receipts", "funding", "alerts"],
  // The composition hub: every write and the deploy flow.
  deploy: [
    "network",
    "wallet",
    "deployments",
    "market",
    "leases",
    "sdl",
    "transactions",
    "receipts",
    "funding",
  ],
};

const featureZones = Object.entries(FEATURE_GRAPH).map(([feature, allowed]) => ({
  target: `./src/features/${feature}`,
  from: "./src/features",
  except: [`./${feature}`, ...allowed.map((a) => `./${a}`)],
  message: `features/${feature} may only import features: ${allowed.join(", ") || "(none)"}. Compose in src/app instead.`,
}));

const STORAGE_GLOBALS = ["localStorage", "sessionStorage", "indexedDB"];
const STORAGE_MESSAGE =
  "Browser storage has one owner: use lib/persisted-store.ts with a key from config/storage-keys.ts.";

const layoutZones = [
  { target: "./src", from: "./server", message: "The browser app never imports server code." },
  {
    target: "./src",
    from: "./localnet",
    message: "The browser app never imports localnet: it is just a network.",
  },
  { target: "./src/lib", from: ["./src/features", "./src/app"], message: "lib/ holds no domain knowledge." },
  { target: "./src/components", from: ["./src/features", "./src/app"], message: "components/ui is generic." },
  { target: "./src/config", from: ["./src/features", "./src/app"], message: "config/ is a leaf." },
  { target: "./src/features", from: "./src/app", message: "Features never import the app shell." },
  { target: "./localnet", from: ["./src", "./server"], message: "localnet is a separate chain process." },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-server/**",
      "node_modules/**",
      ".localnet/**",
      ".e2e/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX, local: localRules },
    settings: {
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: ["tsconfig.app.json", "tsconfig.node.json"],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      "local/no-mnemonic-literal": "error",
      // Not import-x/no-cycle: it skips `import type` and has no option to count it, so type-only
      // loops (which still tie modules together) went unseen. This rule counts every import.
      "local/no-import-cycle": ["error", { tsconfig: "tsconfig.app.json" }],
      "import-x/no-restricted-paths": ["error", { zones: [...layoutZones, ...featureZones] }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: {
        projectService: { noWarnOnMultipleProjects: true },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  ...pluginQuery.configs["flat/recommended"].map((c) => ({ ...c, files: ["src/**/*.{ts,tsx}"] })),
  {
    // The REST client and RPC pool are the transport, not inputs: data is keyed by network id.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "@tanstack/query/exhaustive-deps": [
        "error",
        { allowlist: { variables: ["rest", "rpcPool"], types: ["RestClient", "EndpointPool"] } },
      ],
    },
  },
  {
    // cosmos-kit and chain-registry live only behind features/wallet.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/features/wallet/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@cosmos-kit/*", "chain-registry", "chain-registry/*"],
              message: "Wallet code lives in src/features/wallet.",
            },
            {
              group: ["monaco-editor", "monaco-editor/*", "monaco-yaml", "monaco-yaml/*"],
              message: "Monaco lives in src/lib/monaco and the SDL editor.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/lib/monaco/**", "src/features/sdl/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@cosmos-kit/*", "chain-registry", "chain-registry/*"],
              message: "Wallet code lives in src/features/wallet.",
            },
          ],
        },
      ],
    },
  },
  {
    // Every package the code imports is declared in package.json (npm's hoisting is luck, not a
    // contract). Shipped code (the app, the server, the local network) may use only
    // `dependencies`; tests, e2e, benchmarks, scripts and config files may also use devDependencies.
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "import-x/no-extraneous-dependencies": [
        "error",
        {
          devDependencies: DEV_DEPENDENCY_FILES,
          optionalDependencies: false,
          peerDependencies: false,
          bundledDependencies: false,
        },
      ],
    },
  },
  {
    files: [
      "server/**",
      "cli/**",
      "bin/**",
      "localnet/**",
      "e2e/**",
      "bench/**",
      "scripts/**",
      "eslint-rules/**",
      "*.config.{js,ts}",
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Command-line programs and long-running servers print their logs.
    files: ["localnet/cli.ts", "server/**", "cli/**", "bench/**", "scripts/**", "e2e/support/**"],
    rules: { "no-console": "off" },
  },
  {
    // Browser storage has one owner: localStorage only through lib/persisted-store.ts (every key
    // declared in config/storage-keys.ts), IndexedDB only behind features/receipts/store.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/lib/persisted-store.ts",
      "src/lib/storage-migration.ts",
      "src/features/receipts/store/**",
      "**/*.test.{ts,tsx}",
      "**/testing/**",
      "src/test/**",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        ...STORAGE_GLOBALS.map((name) => ({ name, message: STORAGE_MESSAGE })),
      ],
      "no-restricted-properties": [
        "error",
        ...["window", "globalThis", "self"].flatMap((object) =>
          STORAGE_GLOBALS.map((property) => ({ object, property, message: STORAGE_MESSAGE })),
        ),
      ],
    },
  },
  {
    // Components render and call actions: a write (tx.run) lives in an action hook that also owns
    // its refresh (features/deploy/actions), never inline in a component.
    files: ["src/features/*/components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='run'][callee.object.name='tx']",
          message: "Writes are action hooks (features/deploy/actions): they sign, record and refresh.",
        },
      ],
    },
  },
  {
    // Production code keeps no fixtures: each feature's testing/ folder and src/test are for tests,
    // benchmarks and e2e only.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}", "**/testing/**", "src/test/**"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...layoutZones,
            ...featureZones,
            {
              target: "./src",
              from: ["./src/features/*/testing/**", "./src/test/**"],
              message: "Fixtures and test helpers are for tests only; shipped code never imports them.",
            },
          ],
        },
      ],
    },
  },
  {
    // Contract tests sign with the app's amino converters against the chain. Chain code itself
    // never imports the app: its amino encoder must stay independent to catch converter bugs.
    files: ["localnet/**/*.integration.test.ts"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...layoutZones.filter((z) => z.target !== "./localnet"),
            {
              target: "./localnet",
              from: "./src",
              except: [
                "./features/transactions/signing/amino-converters.ts",
                "./features/transactions/signing/amino-authz.ts",
              ],
              message: "localnet is a separate chain process.",
            },
            { target: "./localnet", from: "./server", message: "localnet is a separate chain process." },
          ],
        },
      ],
    },
  },
  {
    // The tests of the console's own pipeline (signing, gas reserve, receipts, verify-receipts; the
    // SDL's reclamation window from checker to codec) on the real chain: they drive app code, and
    // the chain code they run against still imports none.
    files: [
      "localnet/console-pipeline.integration.test.ts",
      "localnet/reclamation-console.integration.test.ts",
    ],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...layoutZones.filter((z) => z.target !== "./localnet"),
            { target: "./localnet", from: "./server", message: "localnet is a separate chain process." },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures must destructure `{}` when they use no other fixture.
    files: ["e2e/**"],
    rules: { "no-empty-pattern": "off" },
  },
  {
    files: ["public/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
