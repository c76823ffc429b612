// Copies the design system and fonts from node_modules into the classpath (static/vendor),
// so the application serves everything itself and no page depends on a CDN.
import { cpSync } from "node:fs";
import { join } from "node:path";

const target = "target/classes/static/vendor";

const kern = "node_modules/@kern-ux/native/dist";
for (const file of ["kern.min.css", "kern-utilities.min.css", "kern-grid.min.css", "fonts/fira-sans.css"]) {
  cpSync(join(kern, file), join(target, "kern", file));
}
// Only the cuts that fira-sans.css declares.
for (const cut of ["Light", "Regular", "Medium", "SemiBold", "Bold"]) {
  for (const style of ["", "Italic"]) {
    const file = `fonts/fira-sans/FiraSans-${cut === "Regular" && style ? "" : cut}${style}.woff2`;
    cpSync(join(kern, file), join(target, "kern", file));
  }
}

// KERN's fonts have no Arabic glyphs; Noto Sans Arabic covers the right-to-left pages.
const arabic = "node_modules/@fontsource/noto-sans-arabic";
for (const weight of ["400", "700"]) {
  cpSync(join(arabic, `arabic-${weight}.css`), join(target, `noto-sans-arabic/arabic-${weight}.css`));
  for (const ext of ["woff2", "woff"]) {
    const file = `files/noto-sans-arabic-arabic-${weight}-normal.${ext}`;
    cpSync(join(arabic, file), join(target, "noto-sans-arabic", file));
  }
}
