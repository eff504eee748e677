package se.insyn.render;

/** One row of a list page: a link, a line of facts under it and an optional date. */
public record ListItem(LinkView link, String meta, DateView date) {
}
