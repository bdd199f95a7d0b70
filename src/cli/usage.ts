/** `tierladder --help` and each command's --help: every flag, what it takes, its default. */

const SCHEME_FLAGS = `Scheme (one of):
  --scheme <file.json>       a scheme as the pane's "Export scheme" saves it (validated; a bad field is named)
  --method <name>            rank-share | value-share | thresholds (other methods: use --scheme)
    --key <column>           the customer column (by name)
    --value <column>         the value column tiers are cut on (by name)
    --shares <list>          rank-share / value-share: percent per tier, e.g. 20,30,50 (default 20,30,50;
                             value-share 80,15,5)
    --bounds <list>          thresholds: lower bounds, highest first, e.g. 1000,100 (value >= 1000 -> first tier);
                             with --scheme of computed ABC or natural breaks: the cut-offs the workbook computed
                             (those methods take them from the whole curve; the SQL applies them as thresholds)
    --labels <list>          tier names, e.g. A,B,C (default A, B, C, … one per tier)
    --group <column>         tier within each value of this column (region, rep, …)`;

export const SQL_USAGE = `Usage: tierladder sql (--scheme <file.json> --columns <list> | --method <name> --key <column> --value <column> …)
                     [--dialect duckdb|postgres] [--table <name>]

Prints one SQL statement that returns every customer of the table with its key column, "tier" (NULL = no tier),
"rank", "share_above", "cum_value_share" and the method's scores.

${SCHEME_FLAGS}
  --columns <list>           with --scheme: the SQL name of each column of the scheme's table, in the sheet's
                             order (the scheme numbers columns from 0), e.g. Customer,Sales,Region

Output:
  --dialect duckdb|postgres  SQL dialect (default duckdb)
  --table <name>             the table or view to read (default customers)
  -h, --help                 this text

Example:
  npx tierladder sql --method rank-share --key Customer --value Sales --shares 20,30,50 --dialect postgres`;

export const RUN_USAGE = `Usage: tierladder run (--scheme <file.json> | --method <name> --key <column> --value <column> …)
                     --input <file.csv|file.parquet> --output <file.csv|file.xlsx>

Runs the scheme on embedded DuckDB over the input file (read as it goes, spilling to disk: files far larger than
a sheet) and writes every customer with its tier.

${SCHEME_FLAGS}
                             (the scheme's column numbers are the input file's columns, in file order)

Files:
  --input <file>             .csv (DuckDB's read_csv_auto: header and types detected) or .parquet
  --output <file>            .csv with a header row (any size), or .xlsx (one sheet "Tiers", up to 1,048,575 rows)
                             (it is downloaded by DuckDB's "INSTALL excel", online); otherwise write .csv
  -h, --help                 this text

Example:
  npx tierladder run --scheme scheme.json --input orders.parquet --output tiers.csv`;

export const MAIN_USAGE = `Usage: tierladder <command> [flags]

TierLadder's tiering scheme as SQL, for data that outgrows a workbook.

Commands:
  sql    print the scheme as one SQL statement (DuckDB or PostgreSQL)
  run    run the scheme on embedded DuckDB over a .csv or .parquet file, write the tiers to .csv

Run "tierladder <command> --help" for its flags.

Exit codes: 0 done, 1 input that cannot be used (the message names the flag or the scheme's field),
2 a command line that does not parse (unknown command or flag, a required flag missing).

${SQL_USAGE}

${RUN_USAGE}`;
