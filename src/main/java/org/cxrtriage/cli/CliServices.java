package org.cxrtriage.cli;

import java.util.List;

/**
 * The headless subcommands, each a picocli {@code @Command} object already built with its collaborators by the
 * composition root (picocli takes each one's name from its annotation).
 */
@FunctionalInterface
public interface CliServices {
    List<Object> subcommands(Printer printer);
}
