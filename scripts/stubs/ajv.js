// Stands in for ajv in the bundle: conf imports it at load time but only uses it for a `schema`, which
// report-wizard never passes. Leaving ajv out saves loading ~300 kB before the wizard's first frame.
export class Ajv2020 {
  constructor() {
    throw new Error('report-wizard bundles conf without JSON-schema support');
  }
}
export default { default: () => undefined };
