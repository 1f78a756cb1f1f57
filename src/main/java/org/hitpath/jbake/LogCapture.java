package org.hitpath.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects every WARN and ERROR that JBake logs while a bake runs. JBake reports skipped files and
 * template trouble only in its log and still exits 0, so the build reads the log instead of trusting it.
 * JBake logs through SLF4J, which this build routes to java.util.logging (see {@link Logging}).
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> messages = new ArrayList<>();
    private final Logger root = Logger.getLogger("");

    private LogCapture() {
        setLevel(Level.WARNING);
    }

    public static LogCapture begin() {
        Logging.configure();
        LogCapture capture = new LogCapture();
        capture.root.addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String cause =
                record.getThrown() == null ? "" : " (" + record.getThrown().getMessage() + ")";
        messages.add(Logging.levelName(record.getLevel()) + " " + record.getLoggerName() + ": "
                + Logging.message(record) + cause);
    }

    public synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
