package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hitpath.bake.BakeFailure;
import org.hitpath.bake.BakeOptions;
import org.hitpath.bake.SiteBaker;
import org.hitpath.schema.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors make small slips: a character too many or too few, a line lost, two values in each other's
 * place. Fed copies of the real site with one such slip each, the bake must end either in a site or in
 * problems that each name a file, never in an exception. The slips are drawn with a fixed seed, so a
 * failure is reproduced by running the test again; the description printed with it says which slip.
 */
class MutationTest {

    // Fixed for the build; -Dmutation.seed and -Dmutation.count explore further by hand.
    static final long SEED = Long.getLong("mutation.seed", 20261201L);
    static final int MUTATIONS = Integer.getInteger("mutation.count", 64);

    /** The file kinds an editor or a maintainer changes, each mutated in turn. */
    static final List<String> KINDS = List.of("content", "data", "templates", "settings");

    private static final Pattern FIELD = Pattern.compile("(?m)^(\\s*[a-z_]+\\s*[=:]\\s*)(\\S.*)$");
    private static final String TYPED = " =:-#~{}[]<>*_,.'\"0a9Z\n\t";

    @TempDir
    Path work;

    @Test
    void everySlipEndsInASiteOrInProblemsThatNameAFileNeverInACrash() throws IOException {
        Path src = TestSite.real(work.resolve("src"));
        Map<String, List<Path>> files = filesByKind(src);
        Random random = new Random(SEED);
        List<String> crashes = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < MUTATIONS; i++) {
            String kind = KINDS.get(i % KINDS.size());
            List<Path> candidates = files.get(kind);
            Path file = candidates.get(random.nextInt(candidates.size()));
            String original = Files.readString(file, StandardCharsets.UTF_8);
            Mutation mutation = mutate(original, (i / KINDS.size()) % 3, random);
            String slip = i + ": " + mutation.description() + " in " + src.relativize(file);
            Files.writeString(file, mutation.text(), StandardCharsets.UTF_8);
            try {
                new SiteBaker(BakeOptions.of(src, work.resolve("site")).asOf(LocalDate.parse("2026-12-01"))).bake();
                outcomes.merge("baked", 1, Integer::sum);
            } catch (BakeFailure failure) {
                outcomes.merge("refused with problems", 1, Integer::sum);
                for (Problem p : failure.problems()) {
                    if (p.path().isBlank() || p.path().startsWith("(")) {
                        crashes.add(slip + ": a problem names no file: " + p);
                    }
                }
            } catch (Exception | StackOverflowError e) {
                crashes.add(slip + ": " + e);
            } finally {
                Files.writeString(file, original, StandardCharsets.UTF_8);
            }
        }
        System.out.printf("mutations: %d with seed %d, %s%n", MUTATIONS, SEED, outcomes);
        assertEquals(List.of(), crashes);
        assertEquals(
                MUTATIONS,
                outcomes.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(
                outcomes.getOrDefault("refused with problems", 0) > MUTATIONS / 4, "the slips are real: " + outcomes);
    }

    record Mutation(String text, String description) {}

    /** One slip of kind OPERATION (0 a typed character, 1 a lost line, 2 two values swapped). */
    static Mutation mutate(String text, int operation, Random random) {
        if (operation == 2) {
            List<int[]> values = new ArrayList<>(); // start and end of each field's value
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                values.add(new int[] {m.start(2), m.end(2)});
            }
            if (values.size() >= 2) {
                int[] a = values.get(random.nextInt(values.size()));
                int[] b = values.get(random.nextInt(values.size()));
                if (a != b) {
                    int[] first = a[0] < b[0] ? a : b;
                    int[] second = first == a ? b : a;
                    String swapped = text.substring(0, first[0])
                            + text.substring(second[0], second[1])
                            + text.substring(first[1], second[0])
                            + text.substring(first[0], first[1])
                            + text.substring(second[1]);
                    return new Mutation(
                            swapped,
                            "the values on lines " + lineOf(text, first[0]) + " and " + lineOf(text, second[0])
                                    + " swapped");
                }
            }
            operation = 1;
        }
        if (operation == 1) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = random.nextInt(lines.size());
            lines.remove(line);
            return new Mutation(String.join("\n", lines), "line " + (line + 1) + " deleted");
        }
        int at = random.nextInt(Math.max(1, text.length()));
        char typed = TYPED.charAt(random.nextInt(TYPED.length()));
        return switch (random.nextInt(3)) {
            case 0 ->
                new Mutation(
                        text.substring(0, at) + text.substring(Math.min(text.length(), at + 1)),
                        "the character at line " + lineOf(text, at) + " deleted");
            case 1 ->
                new Mutation(
                        text.substring(0, at) + typed + text.substring(at),
                        "'" + printable(typed) + "' typed at line " + lineOf(text, at));
            default ->
                new Mutation(
                        text.substring(0, at) + typed + text.substring(Math.min(text.length(), at + 1)),
                        "the character at line " + lineOf(text, at) + " replaced with '" + printable(typed) + "'");
        };
    }

    private static String printable(char c) {
        return c == '\n' ? "\\n" : c == '\t' ? "\\t" : String.valueOf(c);
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, Math.min(offset, text.length()))
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
    }

    private static Map<String, List<Path>> filesByKind(Path src) throws IOException {
        Map<String, List<Path>> files = new TreeMap<>();
        files.put("content", list(src.resolve("content"), ".md"));
        files.put("data", list(src.resolve("data"), ".yaml"));
        files.put("templates", list(src.resolve("templates"), ".ftl"));
        files.put("settings", List.of(src.resolve("jbake.properties")));
        for (String kind : KINDS) {
            assertTrue(!files.get(kind).isEmpty(), kind);
        }
        return files;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
