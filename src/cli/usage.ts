/** The `--help` text. */
export const usage = `report-wizard: fill in and check the DTU 02476 exam report (reports/README.md)

Usage:
  report-wizard [PATH] [--question N | --checklist] [--fresh]   open the wizard
  report-wizard demo                                            try the wizard on a demo report
  report-wizard check [PATH...] [--json | --format text|json|github] [--template auto|2023|2024|2025|2026]
                      [--fail-on hand-in|fatal|questions|RULE,...]
  report-wizard status [PATH] [--json]
  report-wizard answer N [PATH] (--text TEXT | --file F | -) [--allow-empty] [--force]
  report-wizard toggle ITEM... [PATH] [--on | --off]
  report-wizard fix [PATH] [--dry-run] [--code] [--windows]
  report-wizard migrate [PATH] --template FILE [--to 2026] [--dry-run]
  report-wizard evidence [PATH] [--json]
  report-wizard parity [PATH] [--python CMD] [--json] [--timeout SECONDS]
  report-wizard preview [PATH] [--out FILE] [--open] [--python CMD]

answer: --file and - (standard input) take UTF-8 text of at most 1 MiB; --allow-empty lets empty text clear an
answer; --force writes text report.py would misread ("Answer:" in it, a "##" that cuts it short).
PATH is a report file or a directory (its reports/README.md, then README.md); default: the current directory.
Exit codes: 0 all good, 1 questions fail / report.py would refuse / parity disagrees, 2 usage or input error.
`;
