package se.insyn.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.model.Audit;
import se.insyn.model.District;
import se.insyn.model.Extension;
import se.insyn.model.Organisation;

/** Entry point of the feeds stage: every feed file by its path below the output folder, made when asked for. */
public final class FeedGenerator {
    /**
     * Entries per feed. A feed reader polls for news, not the archive: a municipality's whole history
     * in one feed would be megabytes fetched again on every poll. The archive is the lists and open data.
     */
    static final int LATEST = 100;

    /** The newest entries: the list is sorted newest first. */
    private static List<FeedEntry> latest(java.util.stream.Stream<FeedEntry> entries) {
        return entries.limit(LATEST).toList();
    }

    /**
     * Every feed file by its path below the output folder, each made only when asked for: the
     * preview knows the site's files at once and makes a feed when it is requested.
     */
    public Map<String, Supplier<byte[]>> feeds(Graph graph, Addresses addresses, Map<String, String> messages, List<String> pageAddresses) {
        Supplier<List<FeedEntry>> entries = memoised(() -> new FeedEntries(graph, addresses, messages).all());
        // Looked for when a feed is made: a preview makes the feeds only if they are asked for.
        Supplier<LocalDate> newest = memoised(() -> graph.newestDate() == null ? LocalDate.EPOCH : graph.newestDate());
        AtomWriter atom = new AtomWriter();
        String siteTitle = graph.site().title();
        Map<String, Supplier<byte[]>> feeds = new LinkedHashMap<>();
        feeds.put(addresses.fileFor(addresses.siteFeed()), () -> atom.write(siteTitle, addresses.absolute(addresses.siteFeed()),
                addresses.absolute(addresses.home()), graph.site().municipality(), latest(entries.get().stream()), newest.get()));
        for (District district : graph.content().districts()) {
            String feed = addresses.districtFeed(district.id());
            feeds.put(addresses.fileFor(feed), () -> atom.write(siteTitle + " – " + district.name(), addresses.absolute(feed),
                    addresses.absolute(addresses.district(district.id())), graph.site().municipality(),
                    latest(entries.get().stream().filter(e -> e.districts().contains(district.id()))), newest.get()));
        }
        for (Organisation organisation : graph.content().organisations()) {
            String feed = addresses.organisationFeed(organisation.id());
            feeds.put(addresses.fileFor(feed), () -> atom.write(siteTitle + " – " + organisation.name(), addresses.absolute(feed),
                    addresses.absolute(addresses.organisation(organisation.id())), graph.site().municipality(),
                    latest(entries.get().stream().filter(e -> e.organisations().contains(organisation.id()))), newest.get()));
        }
        feeds.put(addresses.fileFor(addresses.deadlinesCalendar()),
                () -> new CalendarWriter().write(siteTitle + " – " + messages.get("calendar.name"), deadlines(graph, addresses, messages)));
        feeds.put(addresses.fileFor(addresses.sitemap()), () -> {
            // A moved address answers with a redirect; search engines should only know where it went.
            Set<String> moved = graph.content().moved().stream().map(m -> m.from()).collect(Collectors.toSet());
            return sitemap(addresses, pageAddresses.stream().filter(a -> !moved.contains(a)).toList());
        });
        feeds.put(addresses.fileFor(addresses.robots()), () -> ("User-agent: *\nAllow: /\nSitemap: "
                + addresses.absolute(addresses.sitemap()) + "\n").getBytes(StandardCharsets.UTF_8));
        return feeds;
    }

    /** Made on the first call, and the same from then on, whichever thread asks. */
    private static <T> Supplier<T> memoised(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static List<CalendarWriter.Event> deadlines(Graph graph, Addresses addresses, Map<String, String> t) {
        String host = URI.create(addresses.absolute(addresses.home())).getHost();
        List<CalendarWriter.Event> events = new ArrayList<>();
        for (Audit audit : graph.content().audits()) {
            String url = addresses.absolute(addresses.audit(audit.dnr()));
            String what = audit.title() + " (" + audit.dnr() + ")";
            if (audit.deadline() != null) {
                events.add(new CalendarWriter.Event(Addresses.slug(audit.dnr()) + "-svar@" + host, audit.deadline(),
                        t.get("calendar.deadline") + ": " + what, null, url));
            }
            for (Extension extension : audit.extensions()) {
                Organisation organisation = graph.organisations().get(extension.organisation());
                String name = organisation == null ? extension.organisation() : organisation.name();
                events.add(new CalendarWriter.Event(Addresses.slug(audit.dnr()) + "-anstand-" + extension.organisation() + "@" + host,
                        extension.until(), t.get("calendar.extension") + " " + name + ": " + what, null, url));
            }
        }
        return events;
    }

    private static byte[] sitemap(Addresses addresses, List<String> pageAddresses) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String address : pageAddresses) {
            if (!address.equals(addresses.notFound())) {
                xml.append("  <url><loc>").append(escapeXml(addresses.absolute(address))).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
