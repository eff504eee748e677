package se.insyn.a11y;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu) run in this JVM: the same schema and checks
 * as its command line ({@code vnu.jar}), with schemas read from the library, so nothing is fetched.
 */
final class NuChecker {
    /** The command line's default schema: HTML with SVG, MathML and RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** What the checker said about one file. */
    record Report(List<String> errors, List<String> warnings) {
    }

    private final Collector collector = new Collector();
    private final SimpleDocumentValidator validator;

    NuChecker() throws Exception {
        // No log4j set-up (it would route every library's debug log to the test output); language detection on:
        // it warns when a page's text is not in the language its lang attribute names.
        validator = new SimpleDocumentValidator(false, false, true);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    Report check(Path file) throws IOException, SAXException {
        collector.errors.clear();
        collector.warnings.clear();
        validator.checkHtmlFile(file.toFile(), true);
        return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            warnings.add(describe(e));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
