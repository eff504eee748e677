package se.insyn.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AddressesTest {
    private final Addresses root = new Addresses("https://insyn.example.se/");

    @Test
    void addressesAreBuiltFromIdentifiers() {
        assertEquals("/granskningar/krn-2022-00009/", root.audit("KRN-2022-00009"));
        assertEquals("/granskningar/krn-2022-00009/rekommendation-3/", root.recommendation("KRN-2022-00009", 3));
        assertEquals("/granskningar/krn-2022-00009/rekommendation-3/svar/socialnamnden/",
                root.answer("KRN-2022-00009", 3, "socialnamnden"));
        assertEquals("/granskningar/krn-2022-00009/rekommendation-3/#svar-socialnamnden",
                root.answerOnRecommendation("KRN-2022-00009", 3, "socialnamnden"));
        assertEquals("/granskningar/krn-2022-00009/rekommendation-3/index.json",
                root.dataFor(root.recommendation("KRN-2022-00009", 3)));
        assertEquals("/granskningar/krn-2022-00009/yttranden/kommunstyrelsen/", root.statement("KRN-2022-00009", "kommunstyrelsen"));
        assertEquals("/stadsdelar/gottsunda/", root.district("gottsunda"));
        assertEquals("/arenden/ksn-2023-00442/", root.caseFile("KSN-2023-00442"));
    }

    @Test
    void swedishLettersInADiarienummerAreFolded() {
        assertEquals("/arenden/kfn-2023-00001/", root.caseFile("KFN-2023-00001"));
        assertEquals("/arenden/oan-2023-00001/", root.caseFile("ÖÄN-2023-00001"));
    }

    @Test
    void aBaseUrlWithAPathPrefixesEveryAddress() {
        Addresses below = new Addresses("https://www.example.se/insyn");
        assertEquals("/insyn/stadsdelar/gottsunda/", below.district("gottsunda"));
        assertEquals("https://www.example.se/insyn/stadsdelar/gottsunda/", below.absolute(below.district("gottsunda")));
        assertEquals("stadsdelar/gottsunda/index.html", below.fileFor(below.district("gottsunda")));
        assertEquals("index.html", below.fileFor(below.home()));
        assertEquals("404.html", below.fileFor(below.notFound()));
    }
}
