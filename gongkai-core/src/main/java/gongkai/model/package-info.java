/** Plain records that every stage shares: the read document, cells, sections, findings and reports. */
package gongkai.model;
