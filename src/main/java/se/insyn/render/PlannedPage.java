package se.insyn.render;

import java.util.function.Function;

/**
 * A page the site will have, known by its address before it is built: the plan of a large site is
 * small, and each page's views are built only when it is rendered, then forgotten.
 *
 * @param record the record the page shows, or null for lists and parts of records
 */
record PlannedPage(String address, Object record, Function<SitePlan, Page> page) {
}
