package org.hitpath.gates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) over every page: zero errors. Warnings and
 * info messages are not failures. One checker instance is set up once (loading the schemas takes
 * seconds) and reused for every page and every site this gate checks.
 *
 * <p>No rule is relaxed. Should one ever have to be, add its message pattern to {@link #RELAXED} with
 * the reason next to it, so that the exception is visible and reviewed.
 */
public final class HtmlValidityGate extends PageGate {

    /** The schema vnu.jar's command line uses by default: HTML plus SVG, MathML, ITS and RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Message patterns (regular expressions) not treated as errors, each with the reason. Empty: nothing relaxed. */
    private static final List<String> RELAXED = List.of();

    /** Enough for the schema's deepest recursion with room to spare (it overflows 1 MB under C1). */
    private static final long SCHEMA_STACK_BYTES = 16L * 1024 * 1024;

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidityGate() {
        // No log4j set-up of its own (its log4j calls reach SLF4J through log4j-over-slf4j, see the pom),
        // URLs not logged, and no language detection: lang="en" is checked elsewhere and detection is slow.
        validator = new SimpleDocumentValidator(false, false, false);
        // Compiling the schema recurses once per alternative of its longest choice, deeper than a
        // default thread stack holds when the JVM runs only its quick compiler (as the test JVMs do,
        // see the pom), whose frames are larger: so it runs on a thread with a stack of its own.
        FutureTask<Void> setUp = new FutureTask<>(() -> {
            validator.setUpMainSchema(SCHEMA, new Collector());
            // noStream=true: buffer each page, so that messages are never cut short by streaming.
            validator.setUpValidatorAndParsers(collector, true, false);
            return null;
        });
        new Thread(null, setUp, "nu-checker-set-up", SCHEMA_STACK_BYTES).start();
        try {
            setUp.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the Nu HTML Checker could not be set up", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the Nu HTML Checker", e);
        }
    }

    @Override
    public String name() {
        return "html-validity";
    }

    /** The errors in one page, as "line L, column C: message"; one page at a time: the checker is shared. */
    @Override
    protected synchronized List<String> checkPage(Path site, String page) {
        collector.messages.clear();
        try {
            validator.checkHtmlFile(site.resolve(page).toFile(), true);
        } catch (SAXParseException e) {
            collector.fatalError(e);
        } catch (SAXException | IOException e) {
            collector.messages.add("could not be checked: " + e);
        }
        return collector.messages.stream()
                .filter(message -> RELAXED.stream().noneMatch(message::matches))
                .toList();
    }

    /** Collects errors and fatal errors as text; the checker's warnings and info messages are dropped. */
    private static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            messages.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add("fatal: " + describe(e));
        }

        private static String describe(SAXParseException e) {
            String where =
                    e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " : "";
            return where + "HTML error: " + e.getMessage();
        }
    }
}
