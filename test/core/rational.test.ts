import { fc, test } from "@fast-check/vitest";
import {
  addRational,
  compareRational,
  divideRational,
  formatRational,
  multiplyRational,
  negateRational,
  ONE,
  parseRational,
  type Rational,
  ratio,
  rationalToNumber,
  roundRational,
  subtractRational,
  ZERO,
} from "kefu/core";
import { describe, expect, it } from "vitest";

const r = (num: number, den = 1): Rational => ratio(num, den)._unsafeUnwrap();
const arbRational = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
  .map(([num, den]) => ratio(num, den)._unsafeUnwrap());
const arbNonZero = arbRational.filter((x) => x.num !== 0n);

describe("constructing rationals", () => {
  it("normalises to lowest terms with a positive denominator", () => {
    expect(r(45, 50)).toEqual({ num: 9n, den: 10n });
    expect(r(3, -6)).toEqual({ num: -1n, den: 2n });
    expect(r(0, -5)).toEqual({ num: 0n, den: 1n });
  });

  it.each([
    [0.1, 1n, 10n],
    [90, 90n, 1n],
    ["12.50", 25n, 2n],
    ["-3e2", -300n, 1n],
    ["1.5e-3", 3n, 2000n],
    ["2/3", 2n, 3n],
    ["-4/6", -2n, 3n],
    [" 7 ", 7n, 1n],
    [5n, 5n, 1n],
    [{ num: 10n, den: 4n }, 5n, 2n],
    [1e21, 10n ** 21n, 1n],
  ])("parses %s exactly", (input, num, den) => {
    expect(parseRational(input)._unsafeUnwrap()).toEqual({ num, den });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "abc", "1/2/3", "1e999", "1".repeat(101), true, null, {}])(
    "rejects %j with invalid_rational",
    (input) => {
      expect(parseRational(input)._unsafeUnwrapErr().code).toBe("invalid_rational");
    },
  );

  it("reports a zero denominator as division_by_zero", () => {
    expect(parseRational("1/0")._unsafeUnwrapErr().code).toBe("division_by_zero");
    expect(ratio(1, 0)._unsafeUnwrapErr().code).toBe("division_by_zero");
    expect(parseRational({ num: 1n, den: 0n })._unsafeUnwrapErr().code).toBe("division_by_zero");
  });

  it("rejects unsafe integers in ratio", () => {
    expect(ratio(2 ** 53, 1)._unsafeUnwrapErr().code).toBe("invalid_rational");
    expect(ratio(1, 0.5)._unsafeUnwrapErr().code).toBe("invalid_rational");
  });
});

describe("arithmetic laws", () => {
  test.prop([arbRational, arbRational])("addition and multiplication commute", (a, b) => {
    expect(addRational(a, b)).toEqual(addRational(b, a));
    expect(multiplyRational(a, b)).toEqual(multiplyRational(b, a));
  });

  test.prop([arbRational, arbRational, arbRational])("addition and multiplication associate", (a, b, c) => {
    expect(addRational(addRational(a, b), c)).toEqual(addRational(a, addRational(b, c)));
    expect(multiplyRational(multiplyRational(a, b), c)).toEqual(multiplyRational(a, multiplyRational(b, c)));
  });

  test.prop([arbRational, arbRational, arbRational])(
    "multiplication distributes over addition",
    (a, b, c) => {
      expect(multiplyRational(a, addRational(b, c))).toEqual(
        addRational(multiplyRational(a, b), multiplyRational(a, c)),
      );
    },
  );

  test.prop([arbRational, arbNonZero])(
    "subtraction and division invert addition and multiplication",
    (a, b) => {
      expect(subtractRational(addRational(a, b), b)).toEqual(a);
      expect(divideRational(multiplyRational(a, b), b)._unsafeUnwrap()).toEqual(a);
      expect(addRational(a, negateRational(a))).toEqual(ZERO);
      expect(multiplyRational(b, divideRational(ONE, b)._unsafeUnwrap())).toEqual(ONE);
    },
  );

  test.prop([arbRational, arbRational])("compare agrees with subtraction's sign", (a, b) => {
    const difference = subtractRational(a, b).num;
    expect(compareRational(a, b)).toBe(difference < 0n ? -1 : difference > 0n ? 1 : 0);
  });

  it("refuses to divide by zero", () => {
    expect(divideRational(ONE, ZERO)._unsafeUnwrapErr().code).toBe("division_by_zero");
  });
});

describe("rounding", () => {
  // Every .5 case from -3.5 to 3.5, by mode.
  const halves: [string, bigint, bigint, bigint, bigint][] = [
    // value, halfUp, halfEven, floor, ceil
    ["-3.5", -4n, -4n, -4n, -3n],
    ["-2.5", -3n, -2n, -3n, -2n],
    ["-1.5", -2n, -2n, -2n, -1n],
    ["-0.5", -1n, 0n, -1n, 0n],
    ["0.5", 1n, 0n, 0n, 1n],
    ["1.5", 2n, 2n, 1n, 2n],
    ["2.5", 3n, 2n, 2n, 3n],
    ["3.5", 4n, 4n, 3n, 4n],
  ];
  it.each(halves)("rounds %s", (text, halfUp, halfEven, floor, ceil) => {
    const value = parseRational(text)._unsafeUnwrap();
    expect(roundRational(value)).toBe(halfUp);
    expect(roundRational(value, "halfUp")).toBe(halfUp);
    expect(roundRational(value, "halfEven")).toBe(halfEven);
    expect(roundRational(value, "floor")).toBe(floor);
    expect(roundRational(value, "ceil")).toBe(ceil);
  });

  test.prop([fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n })])("every n + 1/2 by mode", (n) => {
    const value = addRational({ num: n, den: 1n }, r(1, 2));
    expect(roundRational(value, "floor")).toBe(n);
    expect(roundRational(value, "ceil")).toBe(n + 1n);
    expect(roundRational(value, "halfUp")).toBe(n >= 0n ? n + 1n : n);
    expect(roundRational(value, "halfEven")).toBe(n % 2n === 0n ? n : n + 1n);
  });

  test.prop([arbRational, fc.constantFrom("halfUp", "halfEven", "floor", "ceil" as const)])(
    "rounds to within half a unit (one unit for floor/ceil)",
    (value, mode) => {
      const rounded = roundRational(value, mode);
      const error = subtractRational({ num: rounded, den: 1n }, value);
      const bound = mode === "floor" || mode === "ceil" ? ONE : r(1, 2);
      expect(compareRational(error.num < 0n ? negateRational(error) : error, bound)).toBeLessThanOrEqual(
        mode === "floor" || mode === "ceil" ? -1 : 0,
      );
    },
  );

  it("formats decimals with one final rounding", () => {
    expect(formatRational(r(200, 3), 2)).toBe("66.67");
    expect(formatRational(r(-1, 8), 2)).toBe("-0.13");
    expect(formatRational(r(-1, 8), 2, "halfEven")).toBe("-0.12");
    expect(formatRational(r(9, 10), 0)).toBe("1");
    expect(formatRational(r(1, 200), 2, "floor")).toBe("0.00");
    expect(formatRational(r(90), 3)).toBe("90.000");
  });

  it("converts to the nearest number, never to Infinity", () => {
    expect(rationalToNumber(r(2, 3))).toBeCloseTo(0.6666666666666666, 15);
    expect(rationalToNumber(parseRational("1e400")._unsafeUnwrap())).toBe(Number.MAX_VALUE);
  });
});

describe("hand-built rationals", () => {
  it("are normalised before rounding; a zero denominator is a [kefu] programming error", () => {
    expect(roundRational({ num: 5n, den: -2n })).toBe(-3n);
    expect(formatRational({ num: 10n, den: -4n }, 1)).toBe("-2.5");
    expect(() => roundRational({ num: 1n, den: 0n })).toThrow(/^\[kefu\]/);
  });
});
