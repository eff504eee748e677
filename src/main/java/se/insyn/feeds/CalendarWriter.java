package se.insyn.feeds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an iCalendar file (RFC 5545) of all-day events: answer deadlines and extensions. */
final class CalendarWriter {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int MAX_LINE_OCTETS = 75;

    /** One all-day event. */
    record Event(String uid, LocalDate date, String summary, String description, String url) {
    }

    byte[] write(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Insyn//Svarsdatum//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            // The stamp must not change between builds of the same content, so it is the event's own date.
            line(out, "DTSTAMP:" + event.date().format(BASIC) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + event.date().format(BASIC));
            line(out, "DTEND;VALUE=DATE:" + event.date().plusDays(1).format(BASIC));
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            line(out, "URL:" + event.url());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
    }

    /** Content lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
