// Signs one request N times with the official signer and prints its median cost per signature over a few rounds.
// Usage: node bench.js REQUEST.json [N]. The request file (written by the .NET benchmark) holds endpoint, method,
// headers, body, ak, sk. Prints "ns_per_op=<n>" and "authorization_matches=<true|false>"; never the signature.
'use strict';
const fs = require('fs');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');

const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const count = Number(process.argv[3] || 20000);
const credential = { getAk: () => spec.ak, getSk: () => spec.sk };
const request = {
  endpoint: spec.endpoint,
  method: spec.method,
  headers: spec.headers,
  // The SDK hashes JSON.stringify(data): handing it the parsed body makes it hash the same bytes the .NET side does.
  data: JSON.parse(spec.body),
  queryParams: {},
};

const expected = spec.expectedAuthorization;
const matches = AKSKSigner.sign(request, credential).Authorization === expected;

function round(n) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    AKSKSigner.sign(request, credential);
  }
  return Number(process.hrtime.bigint() - start) / n;
}

round(Math.max(1000, count / 4));
const rounds = [];
for (let r = 0; r < 7; r++) {
  rounds.push(round(count));
}
rounds.sort((a, b) => a - b);
console.log('ns_per_op=' + rounds[3].toFixed(0));
console.log('authorization_matches=' + matches);
