package se.insyn.render;

import java.util.List;
import java.util.Map;

/**
 * One page to render: its address, the template that renders it, its title and breadcrumbs, and the
 * views the template shows.
 */
public record Page(String address, String template, String title, List<LinkView> breadcrumbs, Map<String, Object> data,
                   PageMeta meta) {

    Page(String address, String template, String title, List<LinkView> breadcrumbs, Map<String, Object> data) {
        this(address, template, title, breadcrumbs, data, PageMeta.none());
    }
}
