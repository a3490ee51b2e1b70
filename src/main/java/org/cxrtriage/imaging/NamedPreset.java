package org.cxrtriage.imaging;

/** A VOI choice the user can pick by number key, with the name the overlay and help show. */
public record NamedPreset(String name, VoiLutStage voi) {
}
