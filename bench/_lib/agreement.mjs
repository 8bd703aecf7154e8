// Before timing: do the peers give kefu's answers? Cross-checks sampled cases, shows a few
// disagreements, and lists every library's answer on hand-picked boundary cases.

import { formatAnswer, formatInstant, formatShortInstant, padLeft, padRight } from "./format.mjs";
import { addHours } from "./peers.mjs";
import { LENGTHS, mulberry32, N, OPERATIONS, SAMPLE, SEED, shanghai } from "./workload.mjs";

const EXAMPLES_PER_PEER_AND_OPERATION = 2;

// Hand-picked boundary cases: [label, start, hours].
const BOUNDARY_CASES = [
  ["Fri 17:00 + 1 h (uses up the interval)", shanghai(2025, 10, 17, 17 * 60), 1],
  ["Fri 18:00 + 1 h (starts at closing)", shanghai(2025, 10, 17, 18 * 60), 1],
  ["Fri 17:59:30 + 1 h", shanghai(2025, 10, 17, 17 * 60 + 59) + 30_000, 1],
  ["Tue 17:00 + 1 h before National Day", shanghai(2025, 9, 30, 17 * 60), 1],
  ["Tue 17:30 + 1 h before National Day", shanghai(2025, 9, 30, 17 * 60 + 30), 1],
  ["Sat 10:00 + 9 h", shanghai(2025, 10, 18, 10 * 60), 9],
];

/** A peer's answer, or "threw …" if it throws. */
const attempt = (fn) => {
  try {
    return fn();
  } catch (error) {
    return `threw ${error?.message ?? error}`;
  }
};

/**
 * Two samples of SAMPLE starts: cases of the timed workload (whole minutes), and the same starts
 * moved by a random 1–59.999 s (tickets are not opened on the minute).
 */
function makeSamples(starts) {
  const random = mulberry32(SEED ^ 0x5a5a5a5a);
  const picked = Array.from({ length: SAMPLE }, (_, j) => starts[Math.floor((j * N) / SAMPLE)]);
  return [
    { name: "workload sample (whole minutes)", starts: picked },
    { name: "same starts + 1–59.999 s", starts: picked.map((t) => t + 1000 + Math.floor(random() * 59_000)) },
  ];
}

/** The cases of one sample where `peer` does not give kefu's answer to `opKey` over `hours`. */
function findDisagreements(kefu, peer, opKey, starts, hours) {
  const bad = [];
  for (const start of starts) {
    const deadline = addHours(kefu, start, hours);
    const want = opKey === "add" ? deadline : kefu.between(start, deadline);
    const got = attempt(() =>
      opKey === "add" ? addHours(peer, start, hours) : peer.between(start, deadline),
    );
    if (got !== want) bad.push({ start, end: deadline, want, got, hours });
  }
  return bad;
}

/** One row per sample × peer × operation × length, with its disagreeing cases. */
function checkAgreement([kefu, ...peers], samples) {
  const rows = [];
  for (const set of samples) {
    for (const peer of peers) {
      for (const op of OPERATIONS) {
        for (const { label, hours } of LENGTHS) {
          const bad = findDisagreements(kefu, peer, op.key, set.starts, hours);
          rows.push({ set: set.name, peer: peer.name, op: op.label, opKey: op.key, length: label, bad });
        }
      }
    }
  }
  return rows;
}

function printAgreementCounts(samples, rows) {
  console.log(`Agreement with kefu on ${SAMPLE} starts per sample × operation × length:`);
  for (const set of samples) {
    console.log(`  ${set.name}:`);
    for (const a of rows.filter((x) => x.set === set.name)) {
      const counts = `${padLeft(a.bad.length, 3)} / ${SAMPLE} disagree`;
      console.log(`    ${padRight(a.peer, 21)} ${padRight(a.op, 19)} ${padRight(a.length, 13)} ${counts}`);
    }
  }
}

function describeDisagreement(peerName, opKey, { start, end, want, got, hours }) {
  const at = (ms) => formatInstant(ms, true);
  if (opKey === "add")
    return `${peerName}: ${at(start)} + ${hours} h → kefu ${at(want)}, peer ${formatAnswer(got, at)}`;
  return `${peerName}: minutes in [${at(start)}, ${at(end)}) → kefu ${want}, peer ${got}`;
}

/** The first few disagreements of each peer and operation, from the first row that has any. */
function printDisagreementExamples(peers, rows) {
  const examples = [];
  for (const peer of peers) {
    for (const { key } of OPERATIONS) {
      const first = rows.find((a) => a.peer === peer.name && a.opKey === key && a.bad.length > 0);
      for (const bad of first?.bad.slice(0, EXAMPLES_PER_PEER_AND_OPERATION) ?? [])
        examples.push(describeDisagreement(peer.name, key, bad));
    }
  }
  if (examples.length === 0) return;
  console.log("  Examples (Asia/Shanghai wall time):");
  for (const e of examples) console.log(`    ${e}`);
}

/** Every library's answer on the boundary cases, side by side. */
function printBoundaryCases(libs) {
  console.log("  Boundary cases (addWorkingTime):");
  for (const [label, start, hours] of BOUNDARY_CASES) {
    const shown = libs.map((lib) => {
      const answer = attempt(() => addHours(lib, start, hours));
      return `${lib.name.split("-")[0]} ${formatAnswer(answer, formatShortInstant)}`;
    });
    console.log(`    ${padRight(label, 40)} ${shown.join(" · ")}`);
  }
}

/** Cross-checks the peers against kefu (`libs[0]`) and prints the findings. */
export function reportAgreement(libs, starts) {
  const samples = makeSamples(starts);
  const rows = checkAgreement(libs, samples);
  printAgreementCounts(samples, rows);
  printDisagreementExamples(libs.slice(1), rows);
  printBoundaryCases(libs);
  console.log("");
}
