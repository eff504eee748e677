package se.insyn.render;

import java.util.List;

/** A governing document page and what refers to it. */
public record DocumentView(String id, String title, String address, String kind, String issuedBy, String html,
                           List<LinkView> districts, List<LinkView> audits, List<LinkView> followUps) {
}
