/**
 * The corpus tables as Parquet, written with hyparquet-writer (a maintained, dependency-light, pure JavaScript
 * writer: no native binary, nothing downloaded at install time, and the same bytes on every machine) row group by
 * row group, so that a corpus of any size streams through in constant memory.
 *
 * Types: each column's Parquet type is fixed here by its name, before any row is seen, so that every run (and a
 * table with no rows) has the same schema: counts, positions and years INT32; values and shares DOUBLE; flags
 * BOOLEAN; everything else STRING (UTF-8). Every column is nullable. A value of the wrong type is an error.
 */
import {closeSync, openSync, writeSync} from "node:fs";
import {ByteWriter, ParquetWriter} from "hyparquet-writer";
import type {PageIndexes} from "hyparquet-writer/src/types.js";
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
  "framing_chars",
  "chapters",
  "items",
  "tasks",
  "actions",
  "departments",
  "links",
  "indicators",
  "targets",
  "items_with_lead",
  "items_answered",
  "warnings"
]);
const DOUBLE = new Set([
  "value",
  "target_value",
  "baseline_value",
  "baseline",
  "upper",
  "covered",
  "lead_share",
  "answered_share"
]);
const BOOLEAN = new Set([
  "known",
  "target_cumulative",
  "target_annual_average",
  "year_stated",
  "annual",
  "approximate",
  "by_issuer",
  "cumulative",
  "increase",
  "stretch",
  "standing"
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

/** The file's schema: a root, then each column, nullable, of its type. */
function schemaOf(columns: string[]) {
  return [
    {name: "root", num_children: columns.length},
    ...columns.map((name) => ({name, repetition_type: "OPTIONAL" as const, ...SCHEMA_TYPE[columnType(name)]}))
  ];
}

const CREATED_BY = "plan-explorer corpus (hyparquet-writer)";
/** A Parquet file starts with these 4 bytes ("PAR1"); a row group encoded apart is written as if just after them. */
const MAGIC_BYTES = 4;

type RowGroup = ParquetWriter["row_groups"][number];
type ColumnChunk = PageIndexes["chunk"];

/** The page indexes hyparquet-writer keeps for a column chunk until the footer, without the chunk itself. */
type ChunkIndexes = Omit<PageIndexes, "chunk">;

/**
 * One row group of a table, encoded where its rows were read (a worker thread): its bytes as they go in the file,
 * and its metadata with every file offset counted from the end of the 4-byte header, as if it were the file's
 * first row group (ParquetTableWriter.append moves them to where it lands). Plain data, cheap to send between
 * threads: the main thread holds bytes, not the rows' JavaScript values.
 */
export interface EncodedRowGroup {
  bytes: Uint8Array;
  rowGroups: RowGroup[];
  /** One entry per column chunk of rowGroups, in order. */
  indexes: ChunkIndexes[];
}

/**
 * Encodes `rows` rows given by column (in the order of `columns`) as one row group, with the schema, types and
 * compression every corpus file has (so the bytes are those ParquetTableWriter would write for the same rows).
 * Null for no rows. Throws when a value is not of its column's type.
 */
export function encodeRowGroup(columns: string[], data: Cell[][], rows: number): EncodedRowGroup | null {
  if (!rows) return null;
  const types = columns.map(columnType);
  data.forEach((values, i) => {
    for (const v of values) check(v, types[i], columns[i]);
  });
  const output = new ByteWriter();
  const writer = new ParquetWriter({writer: output, schema: schemaOf(columns), createdBy: CREATED_BY});
  writer.write({columnData: columns.map((name, i) => ({name, data: data[i]})), rowGroupSize: rows});
  // The row groups and page indexes a ParquetWriter keeps for its footer (public fields of hyparquet-writer 0.17).
  return {
    bytes: output.getBytes().slice(MAGIC_BYTES),
    rowGroups: writer.row_groups,
    indexes: writer.pendingIndexes.map(({chunk: _, ...rest}) => rest)
  };
}

const shifted = (offset: bigint | undefined, by: bigint) => (offset === undefined ? undefined : offset + by);

/** The footer's small writes are gathered up to this many bytes before they go to the file. */
export const SINK_BUFFER_BYTES = 64 * 1024;

/**
 * hyparquet-writer's Writer on a file descriptor. Bytes appended in one piece (a row group) go to the file at once,
 * without a copy; the small writes of the footer (thrift, a few bytes at a time) are gathered in a buffer of
 * SINK_BUFFER_BYTES and written when it fills, when a piece comes, and at the end. hyparquet-writer's own
 * `fileWriter` keeps every byte in a buffer until it holds over 1 MB, a buffer that doubles to fit a row group and
 * never shrinks (up to 2 MB per file, twelve files), and reopens the file for each flush.
 */
class FileSink extends ByteWriter {
  private fd: number | null;

  constructor(path: string) {
    super(SINK_BUFFER_BYTES);
    this.fd = openSync(path, "w");
  }

  /** Writes `bytes` whole to the file (writeSync may write part of them). */
  private put(bytes: Uint8Array): void {
    if (this.fd === null) throw new Error("the Parquet file is closed");
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at);
  }

  /** Writes out what the buffer holds. */
  flush(): void {
    if (!this.index) return;
    this.put(new Uint8Array(this.buffer, 0, this.index));
    this.index = 0;
  }

  /** Makes room for `size` bytes: the buffer is written out when they would not fit (grown only for one value). */
  ensure(size: number): void {
    if (this.index + size > this.buffer.byteLength) this.flush();
    super.ensure(size);
  }

  /** A piece of at least a buffer's size goes straight to the file, after what the buffer holds. */
  appendBytes(value: Uint8Array): void {
    if (value.length < SINK_BUFFER_BYTES) return super.appendBytes(value);
    this.flush();
    this.put(value);
    this.offset += value.length;
  }

  getBuffer(): ArrayBuffer {
    throw new Error("a FileSink writes to its file; it keeps no buffer");
  }

  getBytes(): Uint8Array<ArrayBuffer> {
    throw new Error("a FileSink writes to its file; it keeps no bytes");
  }

  /** Writes out the buffer and closes the file. */
  finish(): void {
    this.flush();
    this.close();
  }

  /** Closes the file (once) without writing the buffer: for a run that failed. */
  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * One Parquet file written from row groups encoded elsewhere (encodeRowGroup), in the order they are appended:
 * each one's bytes go to the file when it is appended (the file's size is then the writer's offset), and only its
 * metadata (a few hundred bytes a column) stays until the footer. So the file is the same whichever thread encoded
 * its row groups, and memory does not grow with it.
 */
export class ParquetTableWriter {
  private writer: ParquetWriter;
  private output: FileSink;

  /** Creates (or empties) the file at `path` and writes its header. Throws when it cannot be opened. */
  constructor(path: string, columns: string[]) {
    this.output = new FileSink(path);
    this.writer = new ParquetWriter({writer: this.output, schema: schemaOf(columns), createdBy: CREATED_BY});
  }

  /** The bytes written so far (header and row groups; the footer once finished). */
  get offset(): number {
    return this.output.offset;
  }

  /**
   * Appends an encoded row group (nothing for null), its offsets moved to where it lands in the file, and writes
   * its bytes to the file.
   */
  append(group: EncodedRowGroup | null): void {
    if (!group) return;
    const by = BigInt(this.output.offset - MAGIC_BYTES);
    const internal = this.writer;
    const chunks: ColumnChunk[] = [];
    for (const rowGroup of group.rowGroups) {
      for (const chunk of rowGroup.columns) {
        chunk.file_offset = chunk.file_offset + by;
        const meta = chunk.meta_data;
        if (meta) {
          meta.data_page_offset += by;
          meta.dictionary_page_offset = shifted(meta.dictionary_page_offset, by);
          meta.index_page_offset = shifted(meta.index_page_offset, by);
        }
        chunks.push(chunk);
      }
      internal.row_groups.push(rowGroup);
      internal.num_rows += rowGroup.num_rows;
    }
    group.indexes.forEach((index, i) => {
      for (const page of index.offsetIndex?.page_locations ?? []) page.offset += by;
      internal.pendingIndexes.push({chunk: chunks[i], ...index});
    });
    this.output.appendBytes(group.bytes);
    this.output.flush();
  }

  /** Writes the page indexes and the footer, and closes the file. */
  finish(): void {
    this.writer.finish();
  }

  /** Closes the file without its footer (a run that failed: the file is not a Parquet file). */
  close(): void {
    this.output.close();
  }
}
