package org.hitpath.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code diff OLD_SITE NEW_SITE}: what changed between two baked sites, for a pull request's job summary.
 * Pages added and removed; for each changed page the reader text that changed (the blocks of {@code <main>},
 * see {@link PageText}) and every figure whose value, date, source or check changed; pages whose markup
 * alone changed; and the other files. Exit 0 when every file is the same, 1 when any differs, 2 when
 * either folder is missing.
 */
public final class SiteDiff {

    /** A page by its path in the site and its title. */
    record Page(String path, String title) {}

    /** One changed part of a figure: "value", "as of", "source", "check", or the whole figure "added"/"removed". */
    record FigureChange(String place, String what, String before, String after) {}

    /** A run of changed text, in the section (the nearest heading before it) where it stands. */
    record Section(String heading, List<String> removed, List<String> added) {}

    record PageChange(Page page, List<Section> text, List<FigureChange> figures) {}

    /**
     * Everything that differs.
     *
     * @param markupOnly pages whose files differ while their reader text and figures do not
     * @param otherFiles files that are not pages, as "path: added", "path: removed" or "path: changed"
     */
    record Comparison(
            List<Page> added,
            List<Page> removed,
            List<PageChange> changed,
            List<String> markupOnly,
            List<String> otherFiles) {

        boolean equal() {
            return added.isEmpty()
                    && removed.isEmpty()
                    && changed.isEmpty()
                    && markupOnly.isEmpty()
                    && otherFiles.isEmpty();
        }
    }

    private SiteDiff() {}

    public static int run(Path oldSite, Path newSite, PrintStream out, PrintStream err) throws IOException {
        for (Path site : List.of(oldSite, newSite)) {
            if (!Files.isDirectory(site)) {
                err.println("diff: " + site + " is not a folder (give two baked site folders: OLD_SITE NEW_SITE)");
                return 2;
            }
        }
        Comparison comparison = compare(oldSite, newSite);
        out.print(DiffMarkdown.write(comparison));
        return comparison.equal() ? 0 : 1;
    }

    static Comparison compare(Path oldSite, Path newSite) throws IOException {
        Set<String> before = files(oldSite);
        Set<String> after = files(newSite);
        Set<String> all = new TreeSet<>(before);
        all.addAll(after);
        List<Page> added = new ArrayList<>();
        List<Page> removed = new ArrayList<>();
        List<PageChange> changed = new ArrayList<>();
        List<String> markupOnly = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String file : all) {
            boolean page = file.endsWith(".html");
            if (!before.contains(file)) {
                if (page) {
                    added.add(
                            new Page(file, PageText.read(newSite.resolve(file)).title()));
                } else {
                    others.add(file + ": added");
                }
            } else if (!after.contains(file)) {
                if (page) {
                    removed.add(
                            new Page(file, PageText.read(oldSite.resolve(file)).title()));
                } else {
                    others.add(file + ": removed");
                }
            } else if (!sameBytes(oldSite.resolve(file), newSite.resolve(file))) {
                if (!page) {
                    others.add(file + ": changed");
                    continue;
                }
                PageChange change = page(file, oldSite.resolve(file), newSite.resolve(file));
                if (change.text().isEmpty() && change.figures().isEmpty()) {
                    markupOnly.add(file);
                } else {
                    changed.add(change);
                }
            }
        }
        return new Comparison(added, removed, changed, markupOnly, others);
    }

    private static PageChange page(String path, Path oldFile, Path newFile) throws IOException {
        PageText before = PageText.read(oldFile);
        PageText after = PageText.read(newFile);
        List<Section> sections = new ArrayList<>();
        for (LineDiff.Hunk hunk : LineDiff.diff(lines(before), lines(after))) {
            sections.add(new Section(heading(after, hunk.newStart()), hunk.removed(), hunk.added()));
        }
        return new PageChange(new Page(path, after.title()), sections, figures(before.figures(), after.figures()));
    }

    private static List<String> lines(PageText page) {
        return page.blocks().stream().map(PageText.Block::text).toList();
    }

    /** The nearest heading before line AT of PAGE: the section a change there is in. */
    private static String heading(PageText page, int at) {
        for (int i = Math.min(at, page.blocks().size()) - 1; i >= 0; i--) {
            if (page.blocks().get(i).heading()) {
                return page.blocks().get(i).text();
            }
        }
        return "start of page";
    }

    private static List<FigureChange> figures(Map<String, PageText.Shown> before, Map<String, PageText.Shown> after) {
        Set<String> places = new LinkedHashSet<>(after.keySet());
        places.addAll(before.keySet());
        List<FigureChange> changes = new ArrayList<>();
        for (String place : places) {
            PageText.Shown old = before.get(place);
            PageText.Shown now = after.get(place);
            if (old == null) {
                changes.add(new FigureChange(place, "added", "", now.value()));
            } else if (now == null) {
                changes.add(new FigureChange(place, "removed", old.value(), ""));
            } else {
                compare(place, "value", old.value(), now.value(), changes);
                compare(place, "as of", old.asOf(), now.asOf(), changes);
                compare(place, "source", old.source(), now.source(), changes);
                compare(place, "check", old.check(), now.check(), changes);
            }
        }
        return changes;
    }

    private static void compare(String place, String what, String before, String after, List<FigureChange> changes) {
        if (!before.equals(after)) {
            changes.add(new FigureChange(place, what, before, after));
        }
    }

    private static Set<String> files(Path root) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
