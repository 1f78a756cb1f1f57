package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet's rules (style guide, point 8) in plain Java, no second toolchain. Each test lists every offender at once.
 * A tiny tokenizer reads the sheet: strings are kept whole, so a brace or ";" in content: "..." cannot fool it.
 */
class StylesheetTest {

    // Classes the markup writes that have no rule, with what each is for. Kept exact: a class that gains a rule or
    // leaves the markup leaves this list too. Reported to the template owner to drop or use (those with "no use yet").
    static final Map<String, String> HOOKS = Map.ofEntries(
            Map.entry("hit-card__link", "search.js writes it and tests find card links by it; plain link style"),
            Map.entry("hit-map__stage-title", "CareerTest reads the stage names by it; plain h3"),
            Map.entry(
                    "hit-page--*", "one per page type on <body>: BrowserGate screenshots one page per template by it"),
            Map.entry("hit-related", "tests find a course's credential cards by it"),
            Map.entry("hit-search-browse", "search.js finds the no-script indexes by it to hide them"));

    record Rule(String sheet, String atRule, String selector, List<String[]> declarations) {} // atRule "" at top level

    final List<Rule> rules = new ArrayList<>();
    final List<String[]> allDeclarations = new ArrayList<>(); // {property, value}
    // Each sheet's preludes of top-level blocks, in order: ".a, .b" or "@media print".
    final Map<String, List<String>> topLevel = new java.util.TreeMap<>();
    final Set<String> classesInSheet = new TreeSet<>();
    final Set<String> markupWords = new TreeSet<>(); // whole words, so hit-card__title is no use of hit-card
    final Set<String> markupClasses =
            new TreeSet<>(); // a class built with ${...} counts by its fixed prefix: hit-page--*

    StylesheetTest() throws IOException {
        for (Path f : files("templates", "src/main/java", "assets/js")) {
            String text = Files.readString(f);
            markupWords.addAll(matches("[\\w-]+", text, 0));
            if (f.toString().endsWith(".ftl")) {
                matches("class=\"([^\"]*)\"", text, 1)
                        .forEach(v -> markupClasses.addAll(
                                List.of(v.replaceAll("\\$\\{[^}]*}", "*").split("\\s+"))));
            } else if (f.toString().endsWith(".js")) {
                markupClasses.addAll(matches("'\\.?(hit-[\\w-]+)'", text, 1)); // className = '...', querySelector('.…')
            }
        }
        for (Path sheet : files("assets/css")) {
            // Comments go first, as CssMinifier removes them from the published sheet.
            parse(sheet.getFileName().toString(), Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", ""));
        }
    }

    private void parse(String sheet, String css) {
        List<String> blocks = topLevel.computeIfAbsent(sheet, k -> new ArrayList<>());
        String atRule = "";
        String selector = null;
        List<String[]> declarations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int end = css.indexOf(c, i + 1);
                text.append(css, i, end + 1);
                i = end;
            } else if (c == '{') {
                String prelude = text.toString().trim().replaceAll("\\s+", " ");
                if (atRule.isEmpty() && selector == null) {
                    blocks.add(prelude);
                }
                atRule = prelude.startsWith("@") ? prelude : atRule;
                selector = prelude.startsWith("@") ? null : prelude;
                text.setLength(0);
            } else if (c == ';' || c == '}' && selector != null) {
                int colon = text.indexOf(":");
                if (selector != null && colon > 0) {
                    declarations.add(new String[] {
                        text.substring(0, colon).trim().toLowerCase(),
                        text.substring(colon + 1).trim()
                    });
                }
                text.setLength(0);
                if (c == '}') {
                    rules.add(new Rule(sheet, atRule, selector, declarations));
                    allDeclarations.addAll(declarations);
                    classesInSheet.addAll(matches("\\.(-?[_a-zA-Z][\\w-]*)", withoutAttributes(selector), 1));
                    selector = null;
                    declarations = new ArrayList<>();
                }
            } else if (c == '}') {
                atRule = "";
            } else {
                text.append(c);
            }
        }
    }

    @Test
    void everyClassInTheSheetIsPrefixedHit() {
        assertEquals(
                Set.of(),
                classesInSheet.stream().filter(c -> !c.startsWith("hit-")).collect(Collectors.toSet()));
    }

    @Test
    void everyClassInTheSheetIsUsedByATemplateJavaSourceOrScript() {
        assertEquals(
                Set.of(),
                classesInSheet.stream().filter(c -> !markupWords.contains(c)).collect(Collectors.toSet()));
    }

    @Test
    void everyClassTheMarkupUsesHasARuleOrIsAListedHook() {
        Set<String> withoutRule = new TreeSet<>(markupClasses);
        withoutRule.removeAll(classesInSheet);
        assertEquals(
                new TreeSet<>(HOOKS.keySet()),
                withoutRule,
                "classes without a rule (add a rule, or list them in HOOKS with a reason)");
    }

    @Test
    void noIdSelectors() {
        assertEquals(
                List.of(),
                rules.stream()
                        .map(Rule::selector)
                        .filter(s -> withoutAttributes(s).contains("#"))
                        .toList());
    }

    @Test
    void noImportant() {
        assertEquals(
                List.of(),
                allDeclarations.stream()
                        .filter(d -> d[1].matches("(?i).*!\\s*important.*"))
                        .map(d -> d[0] + ": " + d[1])
                        .toList());
    }

    @Test
    void everyFontSizeIsAToken() {
        // The font shorthand could set a size too, so it may only inherit.
        assertEquals(
                List.of(),
                allDeclarations.stream()
                        .filter(d -> d[0].equals("font-size") && !d[1].matches("var\\(--hit-fs-[a-z0-9-]+\\)")
                                || d[0].equals("font") && !d[1].matches("inherit|initial|unset|revert"))
                        .map(d -> d[0] + ": " + d[1])
                        .toList());
    }

    @Test
    void everyFontSizeTokenInUseIsDefinedOnce() {
        // An undefined token silently falls back to the inherited size; one defined twice has two sizes.
        List<String> defined = allDeclarations.stream()
                .map(d -> d[0])
                .filter(p -> p.startsWith("--hit-fs-"))
                .sorted()
                .toList();
        assertEquals(
                allDeclarations.stream()
                        .flatMap(d -> matches("var\\((--hit-fs-[a-z0-9-]+)\\)", d[1], 1).stream())
                        .sorted()
                        .distinct()
                        .toList(),
                defined);
    }

    @Test
    void noMaxWidthMediaQuery() {
        // Mobile first: wider screens add to the narrow layout, so only min-width (or width >=) conditions.
        assertEquals(
                List.of(),
                rules.stream()
                        .map(Rule::atRule)
                        .distinct()
                        .filter(a -> a.matches("(?i).*(max-(device-)?width|width\\s*<|>=?\\s*width).*"))
                        .toList());
    }

    @Test
    void noSelectorListWrittenTwiceUnderTheSameCondition() {
        // Written twice, the second silently overrides part of the first: one component, one place. ".a, .b" is ".b,
        // .a".
        List<String> keys = rules.stream()
                .map(r -> Stream.of(r.selector().split(","))
                                .map(String::trim)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + (r.atRule().isEmpty() ? "" : " in " + r.atRule()))
                .toList();
        assertEquals(
                List.of(),
                keys.stream()
                        .filter(k -> Collections.frequency(keys, k) > 1)
                        .distinct()
                        .toList());
    }

    @Test
    void coloursAreLiteralOnlyInTheTokens() {
        // Dark mode only swaps token values, which works only if no rule outside :root names a colour itself.
        Pattern colour = Pattern.compile(
                "(?i)#[0-9a-f]{3,8}\\b|\\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\\(|\\b(black|white|red|"
                        + "green|blue|yellow|orange|purple|pink|brown|gr[ae]y|silver|maroon|navy|olive|teal|aqua|fuchsia|lime)\\b");
        assertEquals(
                List.of(),
                rules.stream()
                        .flatMap(r -> r.declarations().stream()
                                .filter(d -> !(r.selector().equals(":root") && d[0].startsWith("--")))
                                .filter(d -> colour.matcher(d[1].replaceAll("\"[^\"]*\"|'[^']*'|var\\([^)]*\\)", ""))
                                        .find())
                                .map(d -> r.selector() + " { " + d[0] + ": " + d[1] + " }"))
                        .toList());
    }

    @Test
    void printBlockIsLastAndTheOnlyOneOfItsSheet() {
        // Last, so that it overrides the screen rules it shares specificity with.
        assertEquals(
                Set.of("career.css", "path.css", "map.css", "programs.css", "site.css", "tables.css"),
                topLevel.keySet());
        List<String> wrong = new ArrayList<>();
        topLevel.forEach((sheet, blocks) -> {
            long prints = blocks.stream().filter(p -> p.equals("@media print")).count();
            if (prints > 1 || prints == 1 && !blocks.get(blocks.size() - 1).equals("@media print")) {
                wrong.add(sheet);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void tokensAreDefinedInTheSiteSheetOnly() {
        // Every page loads site.css; a component sheet that defined a token would change it for the pages
        // that happen to load that sheet.
        assertEquals(
                List.of(),
                rules.stream()
                        .filter(r -> !r.sheet().equals("site.css"))
                        .flatMap(r -> r.declarations().stream()
                                .filter(d -> d[0].startsWith("--"))
                                .map(d -> r.sheet() + ": " + d[0]))
                        .toList());
    }

    // Attribute selectors may hold dots and "#" ([href$=".pdf"]) that are not classes or IDs.
    private static String withoutAttributes(String selector) {
        return selector.replaceAll("\\[[^\\]]*]", "");
    }

    private static List<String> matches(String regex, String text, int group) {
        return Pattern.compile(regex)
                .matcher(text)
                .results()
                .map(m -> m.group(group))
                .toList();
    }

    private static List<Path> files(String... dirs) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> walk = Files.walk(TestSite.PROJECT.resolve(dir))) {
                walk.filter(Files::isRegularFile).sorted().forEach(found::add);
            }
        }
        return found;
    }
}
