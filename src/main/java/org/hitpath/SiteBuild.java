package org.hitpath;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.hitpath.bake.BakeFailure;
import org.hitpath.bake.BakeSession;
import org.hitpath.bake.SiteBaker;
import org.hitpath.content.NewPage;
import org.hitpath.content.Problem;
import org.hitpath.serve.PreviewServer;

/**
 * The one entry point: {@code bake SRC OUT}, {@code serve SRC OUT}, {@code new TYPE "Title"}.
 * The Maven build, the tests, the benchmarks and the preview all bake through {@link #bake}.
 */
public final class SiteBuild {

    private static final String USAGE = """
            usage:
              bake SRC OUT [--drafts] [--timings]  validate SRC, bake it into OUT (replaced only on success);
                                                   --timings prints where the time went
              serve SRC OUT [--port N] [--drafts]  bake, serve OUT on http://localhost:N, re-bake on change
              new TYPE "Title" [--root SRC]        create a valid content file to start from
              fields                               print the editors' table of header fields
            """;

    private SiteBuild() {}

    public static void main(String[] args) throws Exception {
        pinLocaleAndZone();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean drafts = rest.remove("--drafts");
        boolean timings = rest.remove("--timings");
        if (rest.isEmpty()) {
            System.err.print(USAGE);
            System.exit(2);
        }
        String command = rest.remove(0);
        switch (command) {
            case "bake" -> {
                if (rest.size() != 2) {
                    fail(USAGE);
                }
                boolean ok = bake(
                        Path.of(rest.get(0)),
                        Path.of(rest.get(1)),
                        drafts,
                        "true".equals(System.getenv("GITHUB_ACTIONS")),
                        timings,
                        null,
                        System.out,
                        System.err);
                System.exit(ok ? 0 : 1);
            }
            case "serve" -> {
                int port = 8820;
                int i = rest.indexOf("--port");
                if (i >= 0) {
                    port = Integer.parseInt(rest.get(i + 1));
                    rest.remove(i + 1);
                    rest.remove(i);
                }
                if (rest.size() != 2) {
                    fail(USAGE);
                }
                new PreviewServer(Path.of(rest.get(0)), Path.of(rest.get(1)), port, drafts).run();
            }
            case "new" -> {
                Path root = Path.of(".");
                int i = rest.indexOf("--root");
                if (i >= 0) {
                    root = Path.of(rest.get(i + 1));
                    rest.remove(i + 1);
                    rest.remove(i);
                }
                if (rest.size() != 2) {
                    fail(USAGE);
                }
                Path created = NewPage.create(root, rest.get(0), rest.get(1));
                System.out.println(
                        "created " + root.relativize(created).toString().replace('\\', '/'));
            }
            case "fields" -> System.out.print(org.hitpath.content.FieldTable.markdown());
            default -> fail(USAGE);
        }
    }

    /**
     * Bakes SRC into OUT and reports to the given streams: a summary line on success, every problem
     * (one per line, plus GitHub annotations under GitHub Actions) on failure.
     */
    public static boolean bake(Path source, Path output, boolean drafts, PrintStream out, PrintStream err)
            throws Exception {
        return bake(source, output, drafts, "true".equals(System.getenv("GITHUB_ACTIONS")), out, err);
    }

    /** As above; {@code annotate} adds GitHub Actions annotations so a pull request shows each problem on its line. */
    public static boolean bake(
            Path source, Path output, boolean drafts, boolean annotate, PrintStream out, PrintStream err)
            throws Exception {
        return bake(source, output, drafts, annotate, false, null, out, err);
    }

    /** As above, within a session that keeps JBake's store between bakes (the preview); timings printed when asked. */
    public static boolean bake(
            Path source,
            Path output,
            boolean drafts,
            boolean withTimings,
            BakeSession session,
            PrintStream out,
            PrintStream err)
            throws Exception {
        return bake(
                source, output, drafts, "true".equals(System.getenv("GITHUB_ACTIONS")), withTimings, session, out, err);
    }

    private static boolean bake(
            Path source,
            Path output,
            boolean drafts,
            boolean annotate,
            boolean withTimings,
            BakeSession session,
            PrintStream out,
            PrintStream err)
            throws Exception {
        try {
            SiteBaker.Report report =
                    new SiteBaker(source, output, drafts).in(session).bake();
            out.printf(
                    Locale.ROOT,
                    "baked %d pages (%d generated), %d files into %s in %d ms%n",
                    report.pages() + report.generated(),
                    report.generated(),
                    report.files(),
                    output,
                    report.millis());
            out.println(report.reviewSummary());
            if (withTimings) {
                out.println("timings: " + report.phases());
            }
            return true;
        } catch (BakeFailure failure) {
            for (Problem p : failure.problems()) {
                err.println(p);
            }
            if (annotate) {
                for (Problem p : failure.problems()) {
                    out.println(p.asGithubAnnotation());
                }
            }
            err.println("bake failed: " + failure.getMessage());
            return false;
        }
    }

    /** The bake never depends on the machine's zone or language. */
    static void pinLocaleAndZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Locale.setDefault(Locale.US);
    }

    private static void fail(String message) {
        System.err.print(message);
        System.exit(2);
    }
}
