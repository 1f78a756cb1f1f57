package org.hitpath.bake;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.hitpath.schema.Problem;

/**
 * Runs one bake and reports it: a summary line on success, every problem on failure (one per line,
 * plus GitHub annotations when asked). The build, the tests, the benchmarks and the preview all bake
 * through here.
 */
public final class BakeCommand {

    private BakeCommand() {}

    /** Whether the bake succeeded; what it did is on OUT, what went wrong on ERR. */
    public static boolean run(BakeOptions options, PrintStream out, PrintStream err) throws IOException {
        return run(options, out, err, Progress.silent());
    }

    /** As above, telling PROGRESS how far the bake is. */
    public static boolean run(BakeOptions options, PrintStream out, PrintStream err, Progress progress)
            throws IOException {
        try {
            BakeReport report = new SiteBaker(options, progress).bake();
            out.printf(
                    Locale.ROOT,
                    "baked %d pages (%d generated), %d files into %s in %d ms%n",
                    report.pages() + report.generated(),
                    report.generated(),
                    report.files(),
                    options.output(),
                    report.millis());
            out.println(report.reviewSummary());
            if (options.timings()) {
                out.println("timings: " + report.phases());
            }
            return true;
        } catch (BakeFailure failure) {
            for (Problem p : failure.problems()) {
                err.println(p);
            }
            if (options.annotate()) {
                for (Problem p : failure.problems()) {
                    out.println(p.asGithubAnnotation());
                }
            }
            err.println("bake failed: " + failure.getMessage());
            return false;
        } catch (OutOfMemoryError full) {
            // Not a fault: the site outgrew the heap the launcher gives Java (-Xmx640m, ./hit-path).
            err.println(
                    "bake failed: the site needs more memory than Java was given ("
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB); nothing was published. Run it again with more, for example HIT_PATH_JAVA_OPTS=-Xmx2g ./hit-path bake ...");
            return false;
        } catch (RuntimeException | StackOverflowError bug) {
            // Content never gets here: every reader reports its own problems. What does is a fault in
            // HIT Path itself, said in one line, and the last good site stays as it was.
            err.println("bake failed: HIT Path itself went wrong (" + bug
                    + "); nothing was published. This is not a mistake in your files: please report this line.");
            if (System.getenv("HIT_PATH_TRACE") != null) {
                bug.printStackTrace(err); // for maintainers chasing the fault
            }
            return false;
        }
    }
}
