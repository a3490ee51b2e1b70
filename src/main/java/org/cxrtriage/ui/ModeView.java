package org.cxrtriage.ui;

import javafx.scene.Node;

/**
 * The screen of one {@link Mode}. The shell ({@link WorkstationView}) keeps the menu, the status bar and the keys
 * common to all modes, and swaps these in and out; every mode view works on the same view models, so switching
 * keeps the open study, its analysis and its review.
 */
interface ModeView {
    Mode mode();

    /** The mode's content, shown between the menu and the status bar. */
    Node content();

    /** Adds the keys only this mode has; the shell refuses a key bound twice when the window is built. */
    void bindKeys(KeyBindings keys);

    /** Called when the mode is switched to (after its content is in the scene). */
    default void entered() {
    }

    /** Called when another mode replaces this one: stop animations, release what only this mode needs. */
    default void left() {
    }
}
