/**
 * The workbook's persons part (MS-XLSX Persons part: content type application/vnd.ms-excel.person+xml, "the
 * target of an implicit relationship from the workbook part",
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-xlsx/1a170d26-42a2-46f0-b2b6-0ff1dec1c344):
 * the authors a sheet's threaded comments name by personId. The reader carries it among the kept parts of each
 * sheet with threads (sheet-parts-reading.ts), so it goes into the download only with a saved sheet's threads;
 * its content type, fixed by MS-XLSX, tells it from the other kept parts (persons-relationship.ts).
 */
export const PERSONS_CONTENT_TYPE = "application/vnd.ms-excel.person+xml";
/** The workbook part's relationship to it (same page: "Source relationship"). */
export const PERSON_RELATIONSHIP = "http://schemas.microsoft.com/office/2017/10/relationships/person";
