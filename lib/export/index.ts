// Exporting contacts to files other programs open: CSV for spreadsheets, vCard for
// address books. Pure: the caller reads the database and saves the file.
export type { ExportContext } from './contact-facts';
export { BYTE_ORDER_MARK, CSV_HEADER, contactsToCsv, FORMULA_START } from './csv';
export { exportFileName } from './file-name';
export { contactsToVcard } from './vcard';
