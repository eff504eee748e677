package se.insyn.render;

import se.insyn.address.Addresses;

/**
 * Addresses of the pages that help people read the site: the glossary, the accessibility statement
 * and each record's summary in easy Swedish. Built only from {@link Addresses}, so a base path under
 * a sub-folder carries over. (They belong in {@code Addresses}; kept here while that class is edited elsewhere.)
 */
final class HelpAddresses {
    private final Addresses addresses;

    HelpAddresses(Addresses addresses) {
        this.addresses = addresses;
    }

    String glossary() {
        return addresses.home() + "ordlista/";
    }

    /** The anchor of a term's entry on the glossary page; prefixed, so that no term can take an id the layout uses. */
    static String termAnchor(String id) {
        return "ord-" + id;
    }

    String accessibility() {
        return addresses.home() + "tillganglighet/";
    }

    /** The summary in easy Swedish (lättläst) of the record whose page is at {@code pageAddress}. */
    static String easyRead(String pageAddress) {
        return pageAddress + "lattlast/";
    }
}
