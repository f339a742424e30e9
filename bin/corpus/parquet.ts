/**
 * The corpus tables as Parquet, written with hyparquet-writer (a maintained, dependency-light, pure JavaScript
 * writer: no native binary, nothing downloaded at install time, and the same bytes on every machine) row group by
 * row group, so that a corpus of any size streams through in constant memory.
 *
 * Types: each column's Parquet type is fixed here by its name, before any row is seen, so that every run (and a
 * table with no rows) has the same schema: counts, positions and years INT32; values and shares DOUBLE; flags
 * BOOLEAN; everything else STRING (UTF-8). Every column is nullable. A value of the wrong type is an error.
 */
import {fileWriter, ParquetWriter} from "hyparquet-writer";
import {type Cell, YEAR_COLUMNS} from "../../src/lib/tables.js";

export type ColumnType = "INT32" | "DOUBLE" | "BOOLEAN" | "STRING";

const INT32 = new Set([
  ...YEAR_COLUMNS,
  "source_line",
  "source_start",
  "source_end",
  "seq",
  "chapter",
  "column",
  "order",
  "line",
  "body_chars",
  "items_without_clause",
  "chapters",
  "items",
  "tasks",
  "actions",
  "departments",
  "links",
  "indicators",
  "targets",
  "items_with_lead",
  "warnings"
]);
const DOUBLE = new Set(["value", "target_value", "baseline_value", "baseline", "upper", "covered", "lead_share"]);
const BOOLEAN = new Set([
  "known",
  "target_cumulative",
  "target_annual_average",
  "year_stated",
  "annual",
  "approximate",
  "by_issuer",
  "cumulative"
]);

/** The Parquet type of a corpus column, by its name. */
export function columnType(name: string): ColumnType {
  return INT32.has(name) ? "INT32" : DOUBLE.has(name) ? "DOUBLE" : BOOLEAN.has(name) ? "BOOLEAN" : "STRING";
}

const SCHEMA_TYPE = {
  INT32: {type: "INT32"},
  DOUBLE: {type: "DOUBLE"},
  BOOLEAN: {type: "BOOLEAN"},
  STRING: {type: "BYTE_ARRAY", converted_type: "UTF8"}
} as const;

function check(value: Cell, type: ColumnType, column: string): Cell {
  if (value === null) return null;
  const ok =
    type === "STRING"
      ? typeof value === "string"
      : type === "BOOLEAN"
        ? typeof value === "boolean"
        : typeof value === "number" && Number.isFinite(value) && (type === "DOUBLE" || Number.isInteger(value));
  if (!ok) throw new Error(`column ${column}: ${JSON.stringify(value)} is not ${type}`);
  return value;
}

/**
 * A row group is written when it holds this many rows or this many bytes of text (UTF-16 code units × 2): large
 * enough for engines to read well, small enough that memory stays flat whatever the size of the corpus.
 */
export const ROW_GROUP_ROWS = 10_000;
export const ROW_GROUP_TEXT_BYTES = 2 * 1024 * 1024;

/** One Parquet file written row group by row group. */
export class ParquetTableWriter {
  private writer: ParquetWriter;
  private output: ReturnType<typeof fileWriter>;
  private types: ColumnType[];
  private buffer: Cell[][];
  private buffered = 0;
  private textBytes = 0;

  constructor(
    path: string,
    private columns: string[]
  ) {
    this.types = columns.map(columnType);
    this.buffer = columns.map(() => []);
    this.output = fileWriter(path);
    this.writer = new ParquetWriter({
      writer: this.output,
      schema: [
        {name: "root", num_children: columns.length},
        ...columns.map((name, i) => ({name, repetition_type: "OPTIONAL" as const, ...SCHEMA_TYPE[this.types[i]]}))
      ],
      createdBy: "plan-explorer corpus (hyparquet-writer)"
    });
  }

  /** Adds rows given by column (in the order of the columns); writes a row group when enough are buffered. */
  add(columns: Cell[][], rows: number): void {
    columns.forEach((values, i) => {
      const out = this.buffer[i];
      for (const v of values) {
        out.push(check(v, this.types[i], this.columns[i]));
        if (typeof v === "string") this.textBytes += 2 * v.length;
      }
    });
    this.buffered += rows;
    if (this.buffered >= ROW_GROUP_ROWS || this.textBytes >= ROW_GROUP_TEXT_BYTES) this.flush();
  }

  private flush(): void {
    if (!this.buffered) return;
    this.writer.write({
      columnData: this.columns.map((name, i) => ({name, data: this.buffer[i]})),
      rowGroupSize: this.buffered
    });
    this.buffer = this.columns.map(() => []);
    this.buffered = 0;
    this.textBytes = 0;
  }

  /** Writes the last row group and the footer. */
  finish(): void {
    this.flush();
    this.writer.finish();
  }
}
