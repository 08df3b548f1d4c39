/** The auditor's workbook: reports, one sheet per table and the findings, in Excel format (POI). Entry type {@link AuditWorkbook}. */
package gongkai.write.xlsx;
