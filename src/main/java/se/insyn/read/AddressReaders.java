package se.insyn.read;

import java.util.regex.Pattern;
import se.insyn.model.Moved;
import se.insyn.model.Withdrawn;
import se.insyn.problem.Text;

/** Reads the records that keep published addresses alive: moves (redirects) and withdrawals. */
final class AddressReaders {
    /** A site path as published: lower-case segments, no "..", ending in "/" or a file name. */
    private static final Pattern ADDRESS = Pattern.compile("/(?:[a-z0-9_-][a-z0-9._-]*/)*(?:[a-z0-9_-][a-z0-9._-]*)?");

    private AddressReaders() {
    }

    static Moved moved(Fields f) {
        return new Moved(address(f, "from", "/granskningar/krn-2022-00009/"), address(f, "to", "/granskningar/krn-2022-00010/"),
                f.date("date", true), f.text("reason", false, "Diarienumret rättades"), f.origin());
    }

    static Withdrawn withdrawn(Fields f) {
        return new Withdrawn(address(f, "address", "/granskningar/krn-2022-00009/"), f.text("title", false, "Granskning av …"),
                f.date("date", true), f.text("reason", true, "Publicerades av misstag"), f.origin());
    }

    private static String address(Fields f, String key, String example) {
        String address = f.text(key, true, example);
        if (address != null && (!ADDRESS.matcher(address).matches() || address.contains(".."))) {
            f.error(f.line(key), Text.of("read.notAnAddress", address), Text.of("read.notAnAddress.fix", example));
            return null;
        }
        return address;
    }
}
