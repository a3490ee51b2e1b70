package org.cxrtriage.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Unexpected failures of a command: full trace to the log file, one line to stderr, exit code 1. */
final class OneLineErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);
    private final Printer printer;

    OneLineErrors(Printer printer) {
        this.printer = printer;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        LOG.error("command {} failed", commandLine.getCommandName(), ex);
        // DicomException messages already read "FILE: reason"; anything else at least names its kind.
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        printer.error("error: " + message);
        return 1;
    }
}
