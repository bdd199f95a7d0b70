// The build step after custom-functions-metadata-plugin (webpack.config.js): takes the functions.json
// the plugin generated from the JSDoc in functions.ts and returns the two files Excel loads.
// - functions.json: the same, with `allowErrorForDataTypeAny: true` (a top-level flag: "All parameters
//   with the type any or any[][] can accept errors as input values", so an #N/A in a range reaches the
//   function, which gives that cell an empty result, instead of Excel showing #N/A for the whole
//   formula; the JSDoc route cannot set it: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
//   and https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors), and every
//   description taken from function-help.json, the one source of the help texts.
// - functions.zh-CN.json: the same file with the zh-CN texts of function-help.json; ids, names
//   (TIER.ABC in every language) and parameters unchanged. The manifest points Excel in zh-CN to it
//   with a bt:Override of the metadata URL ("Localize custom functions":
//   https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-localize).
// A function or argument without both texts, or a text for one that does not exist, stops the build.
const help = require("./function-help.json");

const LANGUAGES = ["en", "zh-CN"];

/** Every problem with the help table against the generated metadata, as sentences. */
function helpProblems(metadata, table = help) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const f of metadata.functions) {
    const entry = table[f.id];
    if (!entry) {
      problems.push(`TIER.${f.id} has no entry in function-help.json.`);
      continue;
    }
    for (const lang of LANGUAGES)
      if (!entry.description?.[lang]) problems.push(`TIER.${f.id} has no ${lang} description.`);
    const names = new Set(f.parameters.map((p) => p.name));
    for (const p of f.parameters) {
      for (const lang of LANGUAGES)
        if (!entry.parameters?.[p.name]?.[lang])
          problems.push(`TIER.${f.id}, argument ${p.name}, has no ${lang} text.`);
    }
    for (const name of Object.keys(entry.parameters ?? {}))
      if (!names.has(name)) problems.push(`TIER.${f.id} has help for an argument ${name} it does not take.`);
  }
  for (const id of Object.keys(table))
    if (!id.startsWith("$") && !ids.has(id))
      problems.push(`function-help.json has an entry for TIER.${id}, which does not exist.`);
  return problems;
}

function inLanguage(metadata, lang, table) {
  return {
    ...metadata,
    allowErrorForDataTypeAny: true,
    functions: metadata.functions.map((f) => ({
      ...f,
      description: table[f.id].description[lang],
      parameters: f.parameters.map((p) => ({ ...p, description: table[f.id].parameters[p.name][lang] })),
    })),
  };
}

/** { en, zhCN }: the metadata objects for functions.json and functions.zh-CN.json. Throws on any help problem. */
function buildFunctionsMetadata(metadata, table = help) {
  const problems = helpProblems(metadata, table);
  if (problems.length > 0) throw new Error(`function-help.json does not match functions.ts:\n${problems.join("\n")}`);
  return { en: inLanguage(metadata, "en", table), zhCN: inLanguage(metadata, "zh-CN", table) };
}

module.exports = { buildFunctionsMetadata, helpProblems, ZH_CN_FILE: "functions.zh-CN.json" };
