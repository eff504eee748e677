package se.insyn.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
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
        // Views are Java records; from 2.3.33 templates read their components as properties (audit.title).
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    String render(String templateName, Map<String, Object> model) throws IOException, TemplateException {
        Template template = configuration.getTemplate(templateName);
        TextWriter out = new TextWriter(16 * 1024);
        template.process(model, out);
        return out.toString();
    }

    /** A {@link java.io.StringWriter} without its lock: a page is written by one thread, in many small pieces. */
    private static final class TextWriter extends Writer {
        private final StringBuilder text;

        TextWriter(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
