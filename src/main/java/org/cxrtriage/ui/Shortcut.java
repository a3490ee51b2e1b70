package org.cxrtriage.ui;

/** One line of the help: the keys or mouse gesture and what it does. */
public record Shortcut(String keys, String action) {
}
