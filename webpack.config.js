// Builds the add-in: the shared-runtime page (task pane + custom functions + ribbon commands),
// functions.json (generated from the JSDoc in src/functions/functions.ts, then FunctionsMetadataStep:
// errors reach the functions, help from function-help.json, functions.zh-CN.json), and the preview page that
// runs the same pane on the fake Excel in any browser. A production build rewrites every localhost URL
// in manifest.xml to ADDIN_URL.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources } = require("webpack");
const { buildFunctionsMetadata, ZH_CN_FILE } = require("./src/functions/build-metadata.cjs");
const { devServerOptions } = require("./scripts/dev-server-options.cjs");

const DEV_URL = "https://localhost:3000/";
const PROD_URL = process.env.ADDIN_URL || "https://tierladder.example.com/";

/** Rewrites the manifest's dev URLs for production. Exported for the manifest test. */
function rewriteManifest(xml, mode) {
  if (mode !== "production") return xml;
  const prod = PROD_URL.endsWith("/") ? PROD_URL : `${PROD_URL}/`;
  return xml.split(DEV_URL).join(prod).split(DEV_URL.slice(0, -1)).join(prod.slice(0, -1));
}

/**
 * Runs after CustomFunctionsMetadataPlugin: rewrites the functions.json it generated (errors reach
 * the functions, help texts from src/functions/function-help.json) and adds functions.zh-CN.json.
 * See src/functions/build-metadata.cjs.
 */
class FunctionsMetadataStep {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataStep", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataStep", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) return; // the metadata plugin failed and has reported why
          try {
            const { en, zhCN } = buildFunctionsMetadata(JSON.parse(generated.source.source().toString()));
            compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(en, null, 4)));
            compilation.emitAsset(ZH_CN_FILE, new sources.RawSource(JSON.stringify(zhCN, null, 4)));
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(String(error.message)));
          }
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "development";
  const dev = mode === "development";
  return {
    mode,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      // The tier worker (src/taskpane/preview-worker): a page starts it by URL when a large table needs it.
      "tier-worker": "./src/taskpane/preview-worker/tier-worker.ts",
      // The file worker (src/preview/file-worker): reads an opened .xlsx/.csv; its libraries load as its own chunks.
      "open-file-worker": { import: "./src/preview/file-worker/open-file-worker.ts", chunkLoading: "import-scripts" },
      // The .xlsx save worker (src/host/fake-excel/file): the preview starts it by URL to save a workbook. It loads
      // ExcelJS and JSZip as chunks, which a worker fetches with importScripts.
      "xlsx-save-worker": { import: "./src/host/fake-excel/file/xlsx-save-worker.ts", chunkLoading: "import-scripts" },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // No module of ours runs anything on import (only the entries do), so webpack may leave out a
          // module none of whose exports is used, even when a barrel (index.ts) re-exports it.
          sideEffects: false,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { noEmit: false } },
          },
        },
        { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataStep(),
      // The shared runtime: one page hosts the pane, the custom functions and the ribbon commands.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), mode),
          },
        ],
      }),
    ],
    devServer: await devServerOptions(),
  };
};
module.exports.rewriteManifest = rewriteManifest;
module.exports.FunctionsMetadataStep = FunctionsMetadataStep;
