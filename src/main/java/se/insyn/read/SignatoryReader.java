package se.insyn.read;

import java.util.List;
import se.insyn.model.Signatory;

/** Reads the {@code signatories} list that statements and case files share. */
final class SignatoryReader {
    private SignatoryReader() {
    }

    static List<Signatory> read(Fields f) {
        return f.items("signatories", false, "name: Erik Pelling\n    title: Ordförande").stream()
                .map(s -> {
                    Signatory signatory = new Signatory(s.text("name", true, "Erik Pelling"), s.text("title", false, "Ordförande"));
                    s.finish();
                    return signatory;
                })
                .toList();
    }
}
