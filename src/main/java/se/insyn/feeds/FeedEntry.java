package se.insyn.feeds;

import java.time.LocalDate;
import java.util.Set;

/**
 * One item of news: a new audit, statement or follow-up, or a changed status. {@code districts} and
 * {@code organisations} decide which district and organisation feeds carry it besides the site feed.
 */
record FeedEntry(String id, String title, String url, LocalDate updated, String summary, String author,
                 Set<String> districts, Set<String> organisations) {
}
