package org.cxrtriage.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Builds the picocli command tree with each subcommand's collaborators passed to its constructor, and maps
 * every failure to one line on stderr (the stack trace goes to the log).
 */
public final class CommandLineFactory {
    private CommandLineFactory() {
    }

    public static CommandLine create(RootCommand root, CliServices services, PrintWriter out, PrintWriter err) {
        Printer printer = new Printer(out, err);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        services.subcommands(printer).forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(new OneLineErrors(printer));
        return commandLine;
    }
}
