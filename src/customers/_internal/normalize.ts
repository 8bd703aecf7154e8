/**
 * The normalisers behind look-up keys. Each runs one step until the value stops changing (a
 * handful of code points such as `ẞ` or `ΰ` need a second pass after case mapping), so every
 * normaliser is idempotent by construction. Case mapping is `toUpperCase`/`toLowerCase` without a
 * locale, the same on every host.
 */

const MAX_PASSES = 4;
/** Printable ASCII and CJK unified ideographs: one pass of any step below leaves such text stable. */
const STABLE_AFTER_ONE_PASS = /^[ -~\u4e00-\u9fff]*$/u;

function untilStable(step: (value: string) => string): (value: string) => string {
  return (value) => {
    let current = step(value);
    if (STABLE_AFTER_ONE_PASS.test(current)) return current;
    for (let pass = 1; pass < MAX_PASSES; pass += 1) {
      const next = step(current);
      if (next === current) return current;
      current = next;
    }
    return current;
  };
}

/** Dots and hyphens people write inside plates and VINs (after NFKC, full-width forms are ASCII). */
const SEPARATORS = /[\s.\-·・•‧∙⋅‐‑‒–—−]/gu;
const MAINLAND_MOBILE_WITH_COUNTRY_CODE = /^(?:0086|86)(1[3-9]\d{9})$/;

/** Digits only (after NFKC, so full-width digits count); `+86`/`0086`/`86` dropped from a mainland mobile. */
export function normalizePhone(value: string): string {
  const digits = value.normalize("NFKC").replace(/[^0-9]/g, "");
  return MAINLAND_MOBILE_WITH_COUNTRY_CODE.exec(digits)?.[1] ?? digits;
}

/** Trimmed, NFKC, case-folded, runs of white space collapsed to one space. */
export const normalizeName = untilStable((value) =>
  value.normalize("NFKC").toUpperCase().toLowerCase().replace(/\s+/gu, " ").trim(),
);

/** NFKC, upper case, white space, dots (`.`, `·`) and hyphens removed: `沪a·123 45` → `沪A12345`. */
export const normalizePlate = untilStable((value) =>
  value.normalize("NFKC").toUpperCase().replace(SEPARATORS, ""),
);

/** NFKC, upper case, white space and hyphens removed. */
export const normalizeVin = untilStable((value) =>
  value.normalize("NFKC").toUpperCase().replace(SEPARATORS, ""),
);

/** The 17 characters of a VIN (ISO 3779): digits and capital letters except I, O and Q. */
export const VIN_PATTERN = /^[A-HJ-NPR-Z0-9]{17}$/;
