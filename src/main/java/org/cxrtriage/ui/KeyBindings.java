package org.cxrtriage.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Every keyboard shortcut of the main window in one table, so the key handler and the help window can never
 * disagree about what a key does.
 */
public final class KeyBindings {

    private record Binding(KeyCode code, Runnable action) {
    }

    private final List<Binding> bindings = new ArrayList<>();
    private final List<Shortcut> help = new ArrayList<>();
    private final List<TypedBinding> typed = new ArrayList<>();

    private record TypedBinding(String character, Runnable action) {
    }

    /** Plain key(s), no modifiers. */
    public KeyBindings on(String label, String action, Runnable run, KeyCode... codes) {
        bindAll(run, codes);
        help.add(new Shortcut(label, action));
        return this;
    }

    /** More keys for the action of the previous help line (kept out of the help to keep it short). */
    public KeyBindings onHidden(Runnable run, KeyCode... codes) {
        bindAll(run, codes);
        return this;
    }

    /** A key bound twice would silently do only the first action: refuse it when the window is built. */
    private void bindAll(Runnable run, KeyCode... codes) {
        for (KeyCode code : codes) {
            if (bindings.stream().anyMatch(b -> b.code() == code)) {
                throw new IllegalArgumentException("key " + code + " is bound twice");
            }
        }
        for (KeyCode code : codes) {
            bindings.add(new Binding(code, run));
        }
    }

    /** A typed character such as "?" whose key differs between keyboard layouts. */
    public KeyBindings onTyped(String character, Runnable run) {
        typed.add(new TypedBinding(character, run));
        return this;
    }

    /** Mouse gestures, listed in the help only. */
    public KeyBindings describe(String gesture, String action) {
        help.add(new Shortcut(gesture, action));
        return this;
    }

    /** Runs the action bound to a key press; true (and consumed) when there was one. */
    public boolean handlePressed(KeyEvent event) {
        for (Binding b : bindings) {
            // modified keys belong to the menu accelerators
            if (b.code() == event.getCode() && !event.isShortcutDown() && !event.isAltDown()) {
                b.action().run();
                event.consume();
                return true;
            }
        }
        return false;
    }

    public boolean handleTyped(KeyEvent event) {
        for (TypedBinding b : typed) {
            if (b.character().equals(event.getCharacter())) {
                b.action().run();
                event.consume();
                return true;
            }
        }
        return false;
    }

    public List<Shortcut> help() {
        return List.copyOf(help);
    }
}
