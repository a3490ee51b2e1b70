package org.cxrtriage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;

/**
 * The one writer of machine-readable output. Commands print through it (plain lines or JSON), so standard
 * output carries results only and everything diagnostic goes to the log file or a one-line error on stderr.
 */
public final class Printer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final PrintWriter out;
    private final PrintWriter err;

    public Printer(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    public void format(String format, Object... args) {
        out.printf(format, args);
        out.flush();
    }

    /** One JSON document on one line (JSON lines), for records, maps and lists. */
    public void json(Object value) {
        out.println(toJson(value));
        out.flush();
    }

    /** A progress line on stderr that overwrites itself ({@code done} ends it), so stdout keeps results only. */
    public void progress(String text, boolean done) {
        err.print("\r" + text + (done ? System.lineSeparator() : ""));
        err.flush();
    }

    /** One line on stderr: the file and the reason, never a stack trace. */
    public void error(String message) {
        err.println(message);
        err.flush();
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
