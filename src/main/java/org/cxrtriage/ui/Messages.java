package org.cxrtriage.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the workstation shows, from the resource bundle {@code org/cxrtriage/ui/messages*.properties}
 * (UTF-8). English is complete; another language is a {@code messages_xx.properties} beside it, and any key it
 * lacks falls back to English. One instance is built by the composition root and handed to the views and view
 * models that show text, so tests can build the window in any locale.
 * <p>
 * Patterns with arguments use {@link MessageFormat}: a literal apostrophe there is written twice ({@code ''}).
 */
public final class Messages {
    static final String BUNDLE = "org.cxrtriage.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: a German-default machine asked for French must get English
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English, the complete bundle: what tests use. */
    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** The text for {@code key}; a missing key is a programming error (MessagesTest checks every key used). */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The pattern for {@code key} with its {@code {0}}, {@code {1}} … filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
