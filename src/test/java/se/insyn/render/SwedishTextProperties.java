package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The comparator keeps collation keys; it must order exactly as comparing with the collator itself does. */
class SwedishTextProperties {
    /** How texts were compared before the keys were kept. */
    static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    @Property(tries = 1000)
    void comparesAsTheCollatorDoes(
            @ForAll @Size(max = 12) List<@StringLength(max = 8) @Chars({'a', 'A', 'e', 'é', 'É', 'è', 'z', 'Z', 'å', 'Å', 'ä', 'Ä',
                'ö', 'Ö', 'ø', 'æ', 'ü', 'y', 'v', 'w', 'W', 'ß', 's', '0', '9', ' ', '-', '\'', '\u00A0', '\u0301'}) String> texts) {
        Collator collator = collator();
        var byText = SwedishText.<String>byText(Function.identity());
        for (String a : texts) {
            for (String b : texts) {
                assertEquals(Integer.signum(collator.compare(a, b)), Integer.signum(byText.compare(a, b)), a + " / " + b);
            }
        }
    }
}
