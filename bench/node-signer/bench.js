// Times the official signer in rounds the .NET benchmark asks for, so both signers are timed in alternation
// under the same load. Usage: node bench.js REQUEST.json. The request file (written by the .NET benchmark) holds
// endpoint, method, headers, body, ak, sk and the Authorization value the .NET signer produced.
// Prints "authorization_matches=<true|false>" and then "ready"; after that each line read from standard input is
// a count N, answered with "round_ns=<t>": the nanoseconds N signatures took. Ends when standard input closes.
// Never prints the signature.
'use strict';
const fs = require('fs');
const readline = require('readline');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const credential = { getAk: () => spec.ak, getSk: () => spec.sk };
const request = {
  endpoint: spec.endpoint,
  method: spec.method,
  headers: spec.headers,
  // The SDK hashes JSON.stringify(data): handing it the parsed body makes it hash the same bytes the .NET side does.
  data: JSON.parse(spec.body),
  queryParams: {},
};

const matches = AKSKSigner.sign(request, credential).Authorization === spec.expectedAuthorization;

function round(n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    AKSKSigner.sign(request, credential);
  }
  return process.hrtime.bigint() - start;
}

console.log('authorization_matches=' + matches);
console.log('ready');
const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on('line', (line) => {
  const n = Number(line.trim());
  if (!Number.isInteger(n) || n < 1) {
    console.error('bench.js: expected a positive count of signatures, got "' + line.trim() + '"');
    process.exit(2);
  }
  console.log('round_ns=' + round(n).toString());
});
