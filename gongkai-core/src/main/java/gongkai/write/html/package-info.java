/**
 * The auditor's view: a static HTML site (an index, one page per report, one per agency over the years)
 * built as a jsoup DOM, so that every printed text is escaped by construction. Entry type {@link AuditSite}.
 */
package gongkai.write.html;
