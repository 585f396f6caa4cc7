export { CSV_COLUMNS, LABEL_SEPARATOR, csvFileName, interactionsToCsv, interactionsToCsvChunks, type CsvColumn, type CsvOptions, type CsvStreamOptions } from './csv';
export { ExportFilterSchema, filterExportRows, matchesExportFilter, parseExportFilter, type ExportFilter } from './filter';
export { exportRows } from './query';
export { effectiveLabels, type ExportRow } from './rows';
export { ExportWriteError, blobSink, pipeToSink, type BlobSink, type TextSink } from './sink';
