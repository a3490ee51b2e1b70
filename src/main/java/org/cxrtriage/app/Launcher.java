package org.cxrtriage.app;

import org.cxrtriage.cli.CommandLineFactory;
import org.cxrtriage.cli.RootCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Plain main class: JavaFX refuses to start when the Application subclass itself is the main class on the
 * class path ("JavaFX runtime components are missing"), so this one parses the command line first.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // DJL must never try to download an engine: the TF Java natives on the class path are the engine.
        System.setProperty("ai.djl.offline", "true");
        // JavaFX (and PixelMed's image readers) log through java.util.logging, whose default handler writes to
        // stderr; route it to the log file so stderr carries our one-line errors only
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int exit;
        try (CompositionRoot root = new CompositionRoot()) {
            RootCommand command = new RootCommand(root::launchWorkstation);
            PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
            PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
            exit = CommandLineFactory.create(command, root.cliServices(), out, err).execute(args);
        }
        System.exit(exit);
    }
}
