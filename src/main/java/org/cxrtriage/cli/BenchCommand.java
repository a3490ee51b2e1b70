package org.cxrtriage.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code bench load|decode|render|...}: benchmarks that print figures. Tests assert correctness; speed claims in
 * the README come from these commands.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (load, decode, render, ...).")
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The bench command with each benchmark (a picocli command object built with its collaborators). */
    public static CommandLine withBenchmarks(List<Object> benchmarks) {
        CommandLine bench = new CommandLine(new BenchCommand());
        benchmarks.forEach(bench::addSubcommand);
        return bench;
    }
}
