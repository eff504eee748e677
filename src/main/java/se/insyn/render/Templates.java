package se.insyn.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The Freemarker configuration, built once per build: HTML auto-escaping on, no access to Java
 * classes from templates ({@code ?new} and {@code ?api} refused), and template errors rethrown so
 * that a broken theme stops the build instead of publishing half a page.
 */
final class Templates {
    private final Configuration configuration;

    Templates(Theme theme) {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(theme.templateLoader());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocale(Locale.forLanguageTag("sv-SE"));
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // A configuration lives for one build: its templates cannot change under it, so they are never looked up again.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        // Numbers in the templates are mostly parts of markup (ids such as "h-audit-1000", rowspan,
        // heading levels), which Swedish grouping ("1 000") would break; the computer's format is
        // also much cheaper to make than a locale's, which took a tenth of the templates' time.
        configuration.setNumberFormat("computer");
        // Views are Java records; templates read their components by name (audit.title).
        configuration.setObjectWrapper(new RecordWrapper());
    }

    /** The page as UTF-8, the bytes it is written as: never held as a string of two bytes a character. */
    byte[] render(String templateName, Map<String, Object> model) throws IOException, TemplateException {
        Template template = configuration.getTemplate(templateName);
        Utf8Writer out = new Utf8Writer(16 * 1024);
        Environment environment = template.createProcessingEnvironment(model, out);
        // Set on the page's own settings: each value a template reads is wrapped, and Freemarker
        // would otherwise look for the wrapper in the template's and then the configuration's.
        environment.setObjectWrapper(configuration.getObjectWrapper());
        environment.process();
        return out.toByteArray();
    }

    /**
     * Encodes as it is written, a page arriving in many small pieces on one thread, without a lock.
     * A page with one character beyond Latin-1 (a dash) would otherwise be built as a string of two
     * bytes a character, copied, and encoded again to be written. Unpaired surrogates become
     * {@code ?}, as {@link String#getBytes} makes them.
     */
    static final class Utf8Writer extends Writer {
        private byte[] bytes;
        private int length;
        /** A high surrogate whose low one may come with the next piece. */
        private char high;
        private char[] scratch = new char[256];

        Utf8Writer(int capacity) {
            bytes = new byte[capacity];
        }

        // ASCII, nearly all of a page, is copied in the inner loop; anything else goes through put().
        @Override
        public void write(char[] chars, int offset, int count) {
            room(count * 3 + 4);
            int end = offset + count;
            int i = offset;
            while (i < end) {
                if (high == 0) {
                    byte[] out = bytes;
                    int n = length;
                    while (i < end && chars[i] < 0x80) {
                        out[n++] = (byte) chars[i++];
                    }
                    length = n;
                    if (i == end) {
                        return;
                    }
                }
                put(chars[i++]);
            }
        }

        /**
         * A string that neither begins nor ends with half of a surrogate pair is encoded by the JDK,
         * whose encoder copies an ASCII string whole: 40 % faster per page than character by
         * character. Its lone surrogates become {@code ?} there too.
         */
        @Override
        public void write(String string, int offset, int count) {
            if (count == 0) {
                return;
            }
            if (high == 0 && !Character.isSurrogate(string.charAt(offset)) && !Character.isSurrogate(string.charAt(offset + count - 1))) {
                String piece = offset == 0 && count == string.length() ? string : string.substring(offset, offset + count);
                byte[] encoded = piece.getBytes(StandardCharsets.UTF_8);
                room(encoded.length);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                return;
            }
            if (scratch.length < count) {
                scratch = new char[Math.max(count, scratch.length * 2)];
            }
            string.getChars(offset, offset + count, scratch, 0);
            write(scratch, 0, count);
        }

        @Override
        public void write(String string) {
            write(string, 0, string.length());
        }

        @Override
        public void write(int c) {
            room(7);
            put((char) c);
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        private void put(char c) {
            if (high != 0) {
                char first = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int code = Character.toCodePoint(first, c);
                    bytes[length++] = (byte) (0xf0 | code >> 18);
                    bytes[length++] = (byte) (0x80 | code >> 12 & 0x3f);
                    bytes[length++] = (byte) (0x80 | code >> 6 & 0x3f);
                    bytes[length++] = (byte) (0x80 | code & 0x3f);
                    return;
                }
                bytes[length++] = '?';
            }
            if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xc0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                bytes[length++] = '?';
            } else {
                bytes[length++] = (byte) (0xe0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            }
        }

        byte[] toByteArray() {
            if (high != 0) {
                high = 0;
                room(1);
                bytes[length++] = '?';
            }
            return Arrays.copyOf(bytes, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
