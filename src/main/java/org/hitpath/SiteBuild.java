package org.hitpath;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.hitpath.bake.Progress;
import org.hitpath.serve.PreviewServer;
import org.hitpath.tools.FieldTable;
import org.hitpath.tools.LinkCheckCommand;
import org.hitpath.tools.NewPage;
import org.hitpath.tools.SiteDiff;

/**
 * The one entry point: {@code bake SRC OUT}, {@code serve SRC OUT}, {@code new TYPE "Title"}, {@code fields},
 * {@code diff OLD NEW}, {@code links SRC}. The Maven build, the tests, the benchmarks and the preview all
 * bake through {@link BakeCommand}. Exit status 2 means the command line was wrong.
 */
public final class SiteBuild {

    private static final String USAGE = """
            usage:
              bake SRC OUT [--drafts] [--timings] [--site-url URL] [--deploy] [--quiet]
                                                   validate SRC, bake it into OUT (replaced only on success);
                                                   on a terminal, a big site's bake says how far it is;
                                                   --quiet prints only problems;
                                                   --timings prints where the time went; --site-url is the
                                                   address the site is published at (replaces site.host);
                                                   --deploy refuses an address that is still a placeholder
              serve SRC OUT [--port N] [--drafts]  bake, serve OUT on http://localhost:N, re-bake on change
              new TYPE "Title" [--root SRC]        create a valid content file to start from
              fields                               print the editors' table of header fields
              diff OLD_SITE NEW_SITE               what changed between two baked sites, as Markdown;
                                                   exit 0 when equal, 1 when they differ
              links SRC [--summary FILE]           check every external address SRC cites; the Markdown
                                                   report goes to FILE (appended) or stdout; exit 1 on any
                                                   dead, moved, timed-out or refused address
            """;

    private SiteBuild() {}

    /** A command line that does not say what to do; the usage is printed and the exit status is 2. */
    static final class UsageError extends Exception {
        UsageError() {
            super("usage");
        }

        /** A usage error that needs saying before the usage: what was asked that cannot be done. */
        UsageError(String why) {
            super(why);
        }
    }

    public static void main(String[] args) throws Exception {
        pinLocaleAndZone();
        try {
            System.exit(run(new ArrayList<>(Arrays.asList(args))));
        } catch (UsageError e) {
            if (!e.getMessage().equals("usage")) {
                System.err.println(e.getMessage());
            }
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    private static int run(List<String> rest) throws Exception {
        if (rest.isEmpty()) {
            throw new UsageError();
        }
        String command = rest.remove(0);
        switch (command) {
            case "bake" -> {
                boolean quiet = rest.remove("--quiet");
                Progress progress = quiet ? Progress.silent() : Progress.forTerminal(System.err);
                PrintStream out = quiet ? new PrintStream(OutputStream.nullOutputStream()) : System.out;
                return BakeCommand.run(bakeOptions(rest), out, System.err, progress) ? 0 : 1;
            }
            case "serve" -> {
                boolean drafts = rest.remove("--drafts");
                String port = option(rest, "--port");
                operands(rest, 2);
                int number = port == null ? 8820 : Integer.parseInt(port);
                new PreviewServer(Path.of(rest.get(0)), Path.of(rest.get(1)), number, drafts).run();
                return 0;
            }
            case "new" -> {
                String root = option(rest, "--root");
                operands(rest, 2);
                return newPage(Path.of(root == null ? "." : root), rest.get(0), rest.get(1));
            }
            case "fields" -> {
                operands(rest, 0);
                System.out.print(FieldTable.markdown());
                return 0;
            }
            case "diff" -> {
                operands(rest, 2);
                return SiteDiff.run(Path.of(rest.get(0)), Path.of(rest.get(1)), System.out, System.err);
            }
            case "links" -> {
                String summary = option(rest, "--summary");
                operands(rest, 1);
                return LinkCheckCommand.run(
                        Path.of(rest.get(0)), summary == null ? null : Path.of(summary), System.out, System.err);
            }
            default -> throw new UsageError();
        }
    }

    /** The bake's arguments: SRC OUT and its switches; an empty --site-url= means jbake.properties' address. */
    static BakeOptions bakeOptions(List<String> args) throws UsageError {
        List<String> rest = new ArrayList<>(args);
        boolean drafts = rest.remove("--drafts");
        boolean timings = rest.remove("--timings");
        boolean deploy = rest.remove("--deploy");
        String siteUrl = option(rest, "--site-url");
        if (deploy && drafts) {
            throw new UsageError("--deploy and --drafts together would publish draft pages: a deployed site has none");
        }
        operands(rest, 2);
        return BakeOptions.of(Path.of(rest.get(0)), Path.of(rest.get(1)))
                .withDrafts(drafts)
                .timed(timings)
                .publishedAt(siteUrl == null || siteUrl.isEmpty() ? null : siteUrl)
                .forDeploy(deploy);
    }

    /** Removes "NAME VALUE" or "NAME=VALUE" from REST and returns VALUE, or null when NAME is absent. */
    static String option(List<String> rest, String name) throws UsageError {
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).startsWith(name + "=")) {
                return rest.remove(i).substring(name.length() + 1);
            }
            if (rest.get(i).equals(name)) {
                if (i + 1 >= rest.size()) {
                    throw new UsageError();
                }
                String value = rest.remove(i + 1);
                rest.remove(i);
                return value;
            }
        }
        return null;
    }

    /** What is left must be exactly COUNT operands, none of them an unknown --switch. */
    private static void operands(List<String> rest, int count) throws UsageError {
        if (rest.size() != count || rest.stream().anyMatch(a -> a.startsWith("--"))) {
            throw new UsageError();
        }
    }

    private static int newPage(Path root, String type, String title) throws Exception {
        NewPage.Created created = NewPage.create(root, type, title);
        System.out.println("created "
                + root.relativize(created.file()).toString().replace('\\', '/')
                + (type.equals("school") ? " (a program's file is named after its institution)" : ""));
        System.out.println("fill in: " + String.join(", ", created.toFill())
                + ", and every section marked FILL IN; then set status=published");
        return 0;
    }

    /** The bake never depends on the machine's zone or language. */
    static void pinLocaleAndZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Locale.setDefault(Locale.US);
    }
}
