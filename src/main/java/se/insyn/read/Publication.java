package se.insyn.read;

import java.time.LocalDate;

/**
 * Which records a build publishes. A record marked {@code draft: true}, or with a
 * {@code publish_date} after {@code today}, is left out of a public build entirely, and shown
 * (marked as a draft) only in the local preview.
 *
 * @param today the date embargoes are judged against
 * @param includeDrafts true in the preview, false when building the public site
 */
public record Publication(LocalDate today, boolean includeDrafts) {

    public static Publication publicBuild(LocalDate today) {
        return new Publication(today, false);
    }

    public static Publication preview(LocalDate today) {
        return new Publication(today, true);
    }
}
