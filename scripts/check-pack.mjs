// `npm run check-pack -- FILE`: checks a content pack before an organisation publishes it.
// It reads the pack with the app's own checker (src/domain/pack/parse.ts, loaded through
// Vite as vite.config.ts loads the screen table), so authors see the very problems and
// words the app would show; then reading levels and a summary of what the pack holds.
// Exits 1 when the pack has problems, 2 when the file cannot be read at all.
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function load(path) {
  const { module } = await runnerImport(path, {
    root: ROOT,
    configFile: false,
    logLevel: "silent",
  });
  return module;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("Say which pack to check: npm run check-pack -- my-pack.json");
  process.exit(2);
}

const [{ parseContentPack, formatPackErrors }, { summarisePack }, readability] = await Promise.all([
  load("/src/domain/pack/parse.ts"),
  load("/src/domain/pack/summary.ts"),
  load("/src/testing/readability.ts"),
]);
const { average, gradeOf, gradeOfAll, measuredTexts, TARGET_GRADE } = readability;

/** Checks one file and prints what it found; returns the exit code for it. */
async function check(file) {
  let text;
  try {
    text = await readFile(resolve(process.cwd(), file), "utf8");
  } catch (error) {
    console.error(`Could not open ${file}: ${error.message}`);
    return 2;
  }

  const parsed = parseContentPack(text);
  console.log(`Checking ${file}\n`);
  if (!parsed.ok) {
    const count = parsed.errors.length;
    console.log(`This pack can’t be used yet: ${count} problem${count === 1 ? "" : "s"}.`);
    console.log("Each line says where the problem is, then what to change.\n");
    console.log(formatPackErrors(parsed.errors));
    return 1;
  }

  const pack = parsed.pack;

  console.log(
    `No problems found: “${pack.name}”, version ${pack.version}, from ${pack.publisher}.\n`,
  );

  const { questions, tips } = measuredTexts(pack);
  const grade = (value) => value.toFixed(1);
  const measured = [...questions, ...tips];
  const overall = average(measured.map(gradeOf));
  console.log(
    `Reading level (Flesch-Kincaid grade; the app's own pack keeps to ${TARGET_GRADE} or lower, about age 11):`,
  );
  console.log(
    `  questions: ${grade(average(questions.map(gradeOf)))} on average (${questions.length})`,
  );
  console.log(
    `  tips and try-now steps: ${grade(average(tips.map(gradeOf)))} on average (${tips.length})`,
  );
  console.log(
    `  all of these: ${grade(overall)} on average, ${grade(gradeOfAll(measured))} read as one text`,
  );
  const hardest = [
    ...pack.items.map((item, i) => [`items › ${i + 1} (${item.id}) › question`, item.question]),
    ...pack.tips.map((tip, i) => [`tips › ${i + 1} (${tip.id}) › body`, tip.body]),
  ]
    .map(([path, words]) => [path, gradeOf(words)])
    .filter(([, value]) => value > TARGET_GRADE + 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  if (hardest.length > 0) {
    console.log("  hardest to read (shorter sentences and words help):");
    for (const [path, value] of hardest) console.log(`    ${path}: grade ${grade(value)}`);
  }
  if (overall > TARGET_GRADE) {
    console.log(
      `  Note: this is above grade ${TARGET_GRADE}. Staff may find it harder to read when tired.`,
    );
  }

  const summary = summarisePack(pack);
  const list = (counts) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `${name} ${count}`)
      .join(", ");
  console.log("\nWhat the pack holds:");
  console.log(
    `  questions: ${summary.items} (${summary.safetyItems} about safety) in ${summary.areas} areas`,
  );
  console.log(
    `  tips: ${summary.tips}; supervision prompts: ${summary.supervisionPrompts}; grounding exercises: ${summary.grounding}`,
  );
  console.log(
    `  support services: ${summary.services} (${summary.organisationServices} your organisation's own)`,
  );
  console.log(`  services by region: ${list(summary.servicesByRegion)}`);
  console.log(`  links by kind: ${list(summary.linksByScheme)}`);
  return 0;
}

let worst = 0;
for (const [index, file] of files.entries()) {
  if (index > 0) console.log("\n" + "-".repeat(60) + "\n");
  worst = Math.max(worst, await check(file));
}
process.exit(worst);
