package org.hitpath.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@link SiteDiff.Comparison} as GitHub-flavoured Markdown, for a job summary or a terminal. */
final class DiffMarkdown {

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private DiffMarkdown() {}

    static String write(SiteDiff.Comparison c) {
        StringBuilder out = new StringBuilder("## Changes to the site\n\n");
        if (c.equal()) {
            return out.append("No change: every file of the two sites is the same.\n")
                    .toString();
        }
        out.append(counts(c)).append("\n");
        pages(out, "Pages added", c.added());
        pages(out, "Pages removed", c.removed());
        if (!c.changed().isEmpty()) {
            out.append("\n### Pages changed\n");
            c.changed().forEach(change -> changed(out, change));
        }
        list(out, "Pages whose markup changed but not their text", c.markupOnly());
        list(out, "Other files", c.otherFiles());
        return out.toString();
    }

    private static String counts(SiteDiff.Comparison c) {
        List<String> parts = new ArrayList<>();
        count(parts, c.added().size(), "page", "added");
        count(parts, c.removed().size(), "page", "removed");
        count(parts, c.changed().size(), "page", "changed");
        count(parts, c.markupOnly().size(), "page", "changed in markup only");
        for (String status : List.of("added", "removed", "changed")) {
            count(
                    parts,
                    (int) c.otherFiles().stream()
                            .filter(f -> f.endsWith(": " + status))
                            .count(),
                    "other file",
                    status);
        }
        return String.join(", ", parts) + ".";
    }

    private static void count(List<String> parts, int n, String noun, String what) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s") + " " + what);
        }
    }

    private static void pages(StringBuilder out, String title, List<SiteDiff.Page> pages) {
        if (pages.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n");
        for (SiteDiff.Page page : pages) {
            out.append("- ")
                    .append(code(page.path()))
                    .append(": ")
                    .append(text(page.title()))
                    .append('\n');
        }
    }

    private static void changed(StringBuilder out, SiteDiff.PageChange change) {
        out.append("\n#### ")
                .append(code(change.page().path()))
                .append(": ")
                .append(text(change.page().title()))
                .append("\n");
        if (!change.text().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (SiteDiff.Section section : change.text()) {
                lines.add("@@ " + section.heading() + " @@");
                section.removed().forEach(l -> lines.add("- " + l));
                section.added().forEach(l -> lines.add("+ " + l));
            }
            String fence = fence(lines);
            out.append('\n').append(fence).append("diff\n");
            lines.forEach(l -> out.append(l).append('\n'));
            out.append(fence).append('\n');
        }
        if (!change.figures().isEmpty()) {
            out.append("\n| Figure | Changed | Before | After |\n| --- | --- | --- | --- |\n");
            for (SiteDiff.FigureChange f : change.figures()) {
                out.append("| ")
                        .append(cell(f.place()))
                        .append(" | ")
                        .append(f.what())
                        .append(" | ")
                        .append(cell(f.before()))
                        .append(" | ")
                        .append(cell(f.after()))
                        .append(" |\n");
            }
        }
    }

    private static void list(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("\n### ").append(title).append("\n\n");
        for (String item : items) {
            int colon = item.lastIndexOf(": ");
            out.append("- ")
                    .append(colon < 0 ? code(item) : code(item.substring(0, colon)) + item.substring(colon))
                    .append('\n');
        }
    }

    /** A code fence longer than any run of backticks in LINES, so reader text can never close it. */
    private static String fence(List<String> lines) {
        int longest = 2;
        for (String line : lines) {
            Matcher m = BACKTICKS.matcher(line);
            while (m.find()) {
                longest = Math.max(longest, m.group().length());
            }
        }
        return "`".repeat(longest + 1);
    }

    private static String code(String path) {
        return "`" + path + "`";
    }

    /** Reader text in running Markdown: no HTML, and no character that starts emphasis or a link. */
    private static String text(String s) {
        return s.replace("\\", "\\\\")
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replaceAll("([*_\\[\\]`|])", "\\\\$1");
    }

    /** Text in a table cell: as running text; "—" for nothing. */
    private static String cell(String s) {
        return s.isEmpty() ? "—" : text(s);
    }
}
