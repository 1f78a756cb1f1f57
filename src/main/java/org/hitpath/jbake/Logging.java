package org.hitpath.jbake;

import java.text.MessageFormat;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * JBake's log goes to no console: during a bake {@link LogCapture} collects every warning and error and
 * the bake reports each as a problem in its own words, with the file it concerns, so printing the raw log
 * as well would only say it twice (and fill a passing test run with ERROR lines from its fixtures). JBake
 * reports each file it reads at INFO, and its engine list warns that no AsciiDoc engine is present, which
 * we leave out on purpose: neither is kept.
 */
final class Logging {

    // java.util.logging keeps loggers only weakly: a level set on a logger nobody holds is forgotten.
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger ENGINES = Logger.getLogger("org.jbake.parser.Engines");
    private static boolean configured;

    private Logging() {}

    static synchronized void configure() {
        if (configured) {
            return;
        }
        configured = true;
        ENGINES.setLevel(Level.SEVERE);
        ROOT.setLevel(Level.WARNING);
        for (Handler handler : ROOT.getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                ROOT.removeHandler(handler);
            }
        }
    }

    /** SLF4J's names, which editors see in messages: SEVERE is an ERROR, WARNING a WARN. */
    static String levelName(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return "WARN";
        }
        return level.getName();
    }

    /** SLF4J has already put the arguments into the message; only java.util.logging callers leave {0} slots. */
    static String message(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0) {
            return record.getMessage();
        }
        try {
            return MessageFormat.format(record.getMessage(), parameters);
        } catch (IllegalArgumentException e) {
            return record.getMessage();
        }
    }
}
