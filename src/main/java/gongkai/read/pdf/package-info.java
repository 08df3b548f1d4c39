/** Pictures of PDF pages: the regions that hold a report's tables, rendered for the audit view. */
package gongkai.read.pdf;
