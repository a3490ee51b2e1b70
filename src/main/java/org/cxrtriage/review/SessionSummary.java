package org.cxrtriage.review;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Counts for the session summary. Agreement: a reader who accepts or modifies keeps the model's call (a
 * modification amends details, not the call itself), a rejection disagrees; pending flags are left out.
 */
public record SessionSummary(int accepted, int rejected, int modified, int pending) {

    public static SessionSummary of(Collection<FlagState> flags) {
        int accepted = 0;
        int rejected = 0;
        int modified = 0;
        int pending = 0;
        for (FlagState flag : flags) {
            switch (flag.decision()) {
                case ACCEPTED -> accepted++;
                case REJECTED -> rejected++;
                case MODIFIED -> modified++;
                case PENDING -> pending++;
            }
        }
        return new SessionSummary(accepted, rejected, modified, pending);
    }

    /** Summary over whole studies, e.g. every study a reader opened in this session. */
    public static SessionSummary ofStudies(Collection<StudyReview> studies) {
        return of(studies.stream().flatMap(study -> study.flags().stream()).toList());
    }

    public int decided() {
        return accepted + rejected + modified;
    }

    public int total() {
        return decided() + pending;
    }

    /** Share of decided flags where the reader kept the model's call; empty while nothing is decided. */
    public OptionalDouble agreementRate() {
        int decided = decided();
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((accepted + modified) / (double) decided);
    }
}
