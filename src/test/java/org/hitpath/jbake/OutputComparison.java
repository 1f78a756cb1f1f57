package org.hitpath.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Compares two baked folders byte for byte and describes the first difference a reader should look at. */
final class OutputComparison {

    private OutputComparison() {}

    /**
     * The first difference between the trees, in path order: a file only one side has, or the first line
     * (or, when the lines agree, the first byte) where a file differs. Empty when they are identical.
     */
    static Optional<String> firstDifference(String expectedName, Path expected, String actualName, Path actual) {
        Map<String, byte[]> left = files(expected);
        Map<String, byte[]> right = files(actual);
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        for (String path : paths) {
            if (!right.containsKey(path)) {
                return Optional.of(path + " is in " + expectedName + "'s output but not in " + actualName + "'s");
            }
            if (!left.containsKey(path)) {
                return Optional.of(path + " is in " + actualName + "'s output but not in " + expectedName + "'s");
            }
            if (!Arrays.equals(left.get(path), right.get(path))) {
                return Optional.of(path + " " + where(expectedName, left.get(path), actualName, right.get(path)));
            }
        }
        return Optional.empty();
    }

    private static String where(String expectedName, byte[] expected, String actualName, byte[] actual) {
        List<String> a = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> b = new String(actual, StandardCharsets.UTF_8).lines().toList();
        int width = Math.max(expectedName.length(), actualName.length()) + 1;
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String lineA = i < a.size() ? a.get(i) : "(no such line)";
            String lineB = i < b.size() ? b.get(i) : "(no such line)";
            if (!lineA.equals(lineB)) {
                return "differs first at line " + (i + 1) + ":\n"
                        + "  " + pad(expectedName + ":", width) + " " + shown(lineA) + "\n"
                        + "  " + pad(actualName + ":", width) + " " + shown(lineB);
            }
        }
        // Same lines, different bytes: line endings, a final newline, or the encoding.
        return "has the same lines but differs first at byte " + Arrays.mismatch(expected, actual);
    }

    /** An empty line would vanish from a message (and from a text block expecting one), so it is named. */
    private static String shown(String line) {
        return line.isEmpty() ? "(empty line)" : line;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
