package org.hitpath.bake;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every WARN and ERROR that JBake logs while a bake runs. JBake reports skipped files and
 * template trouble only in its log and still exits 0, so the build reads the log instead of trusting it.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> messages = new ArrayList<>();
    private final Logger root;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(context);
        setName("bake-warnings");
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    static LogCapture begin() {
        LogCapture capture = new LogCapture();
        capture.start();
        capture.root.addAppender(capture);
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            String cause = event.getThrowableProxy() == null ? "" : " (" + event.getThrowableProxy().getMessage() + ")";
            messages.add(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage() + cause);
        }
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
