package se.insyn.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The dataset's one-line records are made from the indented data files: exactly what Jackson writes compact. */
class DatasetWriterProperties {
    private static final ObjectMapper COMPACT = new ObjectMapper();

    @Provide
    Arbitrary<Object> records() {
        Arbitrary<Object> text = Arbitraries.strings().withChars(" \t\n\r\"\\/{}[],:åäö–\u00A0\u2028x1").ofMaxLength(12).map(s -> s);
        Arbitrary<Object> scalar = Arbitraries.oneOf(text, Arbitraries.integers().map(i -> i), Arbitraries.of(true, false),
                Arbitraries.just(null), Arbitraries.doubles().map(d -> d));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list)),
                Arbitraries.maps(text.map(String::valueOf), inner).ofMaxSize(4).map(map -> (Object) new LinkedHashMap<>(map))), 3);
    }

    @Property(tries = 3000)
    void anIndentedRecordMadeCompactIsWhatJacksonWritesCompact(@ForAll("records") Object record) throws Exception {
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("record", record);
        wrapped.put("list", List.of());
        wrapped.put("map", Map.of());
        assertArrayEquals(COMPACT.writeValueAsBytes(wrapped), DatasetWriter.compact(OpenDataGenerator.bytes(wrapped)),
                () -> new String(OpenDataGenerator.bytes(wrapped), java.nio.charset.StandardCharsets.UTF_8));
    }
}
