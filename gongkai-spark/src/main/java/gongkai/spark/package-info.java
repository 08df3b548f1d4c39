/** The gongkai extraction as an Apache Spark job: files in, Parquet tables reports, cells and findings out. */
package gongkai.spark;
