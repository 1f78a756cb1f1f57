package org.hitpath.render;

import java.util.stream.Collectors;

/**
 * Shrinks our own scripts as they are published: whole-line comments, indentation and blank lines go,
 * nothing inside a line changes. That is safe for scripts written as ours are (no template literals or
 * strings that run over a line) and leaves a line-by-line match with the source for debugging.
 */
public final class ScriptMinifier {

    private ScriptMinifier() {}

    public static String minify(String script) {
        return script.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("//"))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
