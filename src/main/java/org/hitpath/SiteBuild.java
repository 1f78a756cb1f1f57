package org.hitpath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.hitpath.bake.BakeCommand;
import org.hitpath.bake.BakeOptions;
import org.hitpath.serve.PreviewServer;
import org.hitpath.tools.FieldTable;
import org.hitpath.tools.NewPage;

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
                BakeOptions options = BakeOptions.of(Path.of(rest.get(0)), Path.of(rest.get(1)))
                        .withDrafts(drafts)
                        .timed(timings);
                boolean ok = BakeCommand.run(options, System.out, System.err);
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
                NewPage.Created created = NewPage.create(root, rest.get(0), rest.get(1));
                System.out.println("created "
                        + root.relativize(created.file()).toString().replace('\\', '/')
                        + (rest.get(0).equals("school") ? " (a program's file is named after its institution)" : ""));
                System.out.println("fill in: " + String.join(", ", created.toFill())
                        + ", and every section marked FILL IN; then set status=published");
            }
            case "fields" -> System.out.print(FieldTable.markdown());
            default -> fail(USAGE);
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
