package se.insyn.render;

import java.util.List;

/** A follow-up page: what it follows up and the status it reports per recommendation. */
public record FollowUpView(String id, String title, String address, DateView date, LinkView by, String source,
                           List<LinkView> documents, List<LinkView> districts, List<EntryView> entries, String html) {

    /** One reported status, next to the recommendation it concerns; {@code anchor} is its stable id on the page. */
    public record EntryView(String anchor, LinkView recommendation, String recommendationText, StatusView status) {
    }
}
