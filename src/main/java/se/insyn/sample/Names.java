package se.insyn.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The fixed cast of the sample: districts and organisations (those of bench/hugo_corpus.py), people, topics. */
final class Names {
    static final List<String> DISTRICTS = List.of("Gottsunda", "Valsätra", "Gränby", "Sävja", "Stenhagen", "Eriksberg",
            "Kvarngärdet", "Salabacke");

    /** Audited organisations, as in hugo_corpus.py; the audit office and the case office come on top. */
    static final List<String> AUDITED = List.of("Kommunstyrelsen", "Socialnämnden", "Utbildningsnämnden", "Uppsalahem",
            "Kulturnämnden", "Gatu- och samhällsmiljönämnden");

    static final String AUDIT_OFFICE = "kommunrevisionen";
    static final String CASE_OFFICE = "kommunledningskontoret";

    static final List<String> TOPICS = List.of("kommunens arbete med trygghetsskapande åtgärder",
            "styrning och uppföljning av ekonomiskt bistånd", "skolans arbete mot kränkande behandling",
            "underhållet av gator, parker och lekplatser", "kulturskolans verksamhet", "den interna kontrollen av inköp",
            "arbetet med barnets rättigheter", "samverkan kring barn och unga", "hyresgästernas inflytande",
            "lokalförsörjningen", "krisberedskapen", "arbetet med fritidsgårdar och mötesplatser");

    static final List<String> PERFORMERS = List.of("PwC", "EY", "KPMG");

    static final List<String> PEOPLE = List.of("Anna Lindqvist", "Erik Holm", "Sara Nyberg", "Johan Ek", "Maria Sandberg",
            "Karin Åberg", "Per Öström", "Lina Berglund", "Ahmed Hassan", "Elin Forsberg", "Mikael Strand", "Fatima Ali");

    private Names() {
    }

    /** An identifier from a name: lower case, å/ä/ö folded, anything else a hyphen ("Gatu- och …" → gatu-och-…). */
    static String slug(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static String kindOf(String organisation) {
        return organisation.equals("Uppsalahem") ? "bolag" : "nämnd";
    }
}
