// The slicing lives in ../report-py-slices.ts (one module for check, parser and lints); this path stays so rules
// written against it keep building.
export { type ReportPySlice, reportPySlices } from '../report-py-slices.js';
