/** The command line: {@code extract}, {@code check} and {@code bench}, on top of the pipeline read → extract → check → write. */
package gongkai.cli;
