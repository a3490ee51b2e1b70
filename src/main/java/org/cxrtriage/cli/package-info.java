/**
 * Command-line entry points (picocli). The only place that writes to standard output, through
 * {@link org.cxrtriage.cli.Printer}; errors are one line on standard error naming the file and the reason.
 */
package org.cxrtriage.cli;
