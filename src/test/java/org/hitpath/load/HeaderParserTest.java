package org.hitpath.load;

import static org.hitpath.load.SiteFixture.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hitpath.load.RawPage.HeaderLine;
import org.hitpath.schema.Problem;
import org.junit.jupiter.api.Test;

/** Splitting a file into header and body: JBake's key=value format, read strictly. */
class HeaderParserTest {

    private static final String PATH = "content/page.md";
    private static final String FORMAT = "one key=value per line, then a line of ~~~~~~, then the Markdown body";

    private final List<Problem> problems = new ArrayList<>();

    private Optional<RawPage> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<RawPage> parse(byte[] bytes) {
        return HeaderParser.parse(PATH, bytes, problems);
    }

    @Test
    void readsKeyValueLinesUpToTheSeparatorAndTheBodyAfterIt() {
        RawPage page = parse("title=Anatomy\ntype=course\n\norder= 3 \n~~~~~~\n\nThe body.\n")
                .orElseThrow();

        assertEquals(
                List.of(
                        new HeaderLine("title", "Anatomy", 1),
                        new HeaderLine("type", "course", 2),
                        new HeaderLine("order", "3", 4)),
                page.header());
        assertEquals("\nThe body.\n", page.body());
        assertEquals(6, page.bodyLine(), "the body's first line follows the separator on line 5");
        assertEquals(List.of(), printed(problems));
    }

    @Test
    void readsWindowsLineEndings() {
        RawPage page =
                parse("title=Anatomy\r\ntype=course\r\n~~~~~~\r\nThe body.\r\n").orElseThrow();

        assertEquals(
                List.of(new HeaderLine("title", "Anatomy", 1), new HeaderLine("type", "course", 2)), page.header());
        assertEquals("The body.\n", page.body());
        assertEquals(List.of(), printed(problems));
    }

    @Test
    void reportsAFieldSetTwiceOnItsSecondLineAndKeepsTheFirstValue() {
        RawPage page =
                parse("title=First\ntype=page\ntitle=Second\n~~~~~~\nBody.").orElseThrow();

        assertEquals(List.of("content/page.md:3: title: is set twice (allowed: each field once)"), printed(problems));
        assertEquals(List.of(new HeaderLine("title", "First", 1), new HeaderLine("type", "page", 2)), page.header());
    }

    @Test
    void showsTheKeyValueFormOfALineWrittenWithAColon() {
        parse("title=Anatomy\nOrder: 3\n~~~~~~\nBody.");

        assertEquals(
                List.of("content/page.md:2: header: line is not key=value: write order=3 (allowed: key=value)"),
                printed(problems));
    }

    @Test
    void namesAFieldNameThatIsNotLowerCaseLettersDigitsAndUnderscores() {
        parse("Title=Anatomy\nfull-name = Anatomy course\n~~~~~~\nBody.");

        assertEquals(
                List.of(
                        "content/page.md:1: header: \"Title\" is not a valid field name (allowed: lower-case letters, digits and _ before the =, with no spaces)",
                        "content/page.md:2: header: \"full-name\" is not a valid field name (allowed: lower-case letters, digits and _ before the =, with no spaces)"),
                printed(problems));
    }

    @Test
    void quotesAnyOtherHeaderLineCutToFortyCharacters() {
        parse("just some words\nthis line goes on and on well past forty characters\n~~~~~~\nBody.");

        assertEquals(
                List.of(
                        "content/page.md:1: header: line is not key=value: \"just some words\" (allowed: key=value)",
                        "content/page.md:2: header: line is not key=value: \"this line goes on and on well past forty...\" (allowed: key=value)"),
                printed(problems));
    }

    @Test
    void rejectsYamlFrontMatterAndReadsNoFurther() {
        Optional<RawPage> page = parse("---\ntitle: Anatomy\n---\nBody.");

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of(
                        "content/page.md:1: header: YAML front matter (---) is not supported: write each field as key=value, for example title=Anatomy instead of title: Anatomy, and end the header with a line of ~~~~~~ instead of --- (allowed: "
                                + FORMAT + ")"),
                printed(problems));
    }

    @Test
    void reportsAHeaderWithoutSeparatorAgainstTheWholeFile() {
        Optional<RawPage> page = parse("title=Anatomy\ntype=course\nThe body.\n");

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of("content/page.md:0: header: has no ~~~~~~ line to end it (allowed: " + FORMAT + ")"),
                printed(problems));
    }

    @Test
    void rejectsAByteOrderMark() {
        byte[] text = "title=Anatomy\n~~~~~~\nBody.".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.writeBytes(text);

        Optional<RawPage> page = parse(withBom.toByteArray());

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of(
                        "content/page.md:1: file: starts with a UTF-8 byte order mark (BOM) (allowed: UTF-8 without BOM; re-save the file as plain UTF-8)"),
                printed(problems));
    }

    @Test
    void reportsInvalidUtf8OnTheLineOfTheFirstBadByte() {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes("title=Cafe\ntype=page\n~~~~~~\nA caf".getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xE9);
        latin1.writeBytes(" and a na".getBytes(StandardCharsets.US_ASCII));
        latin1.write(0xEF);
        latin1.writeBytes("ve menu.\n".getBytes(StandardCharsets.US_ASCII));

        Optional<RawPage> page = parse(latin1.toByteArray());

        assertEquals(Optional.empty(), page);
        assertEquals(
                List.of(
                        "content/page.md:4: file: is not valid UTF-8 (byte 0xE9) (allowed: UTF-8 text; re-save the file as UTF-8)"),
                printed(problems));
    }

    @Test
    void reportsAnEmptyOrBlankFile() {
        assertEquals(Optional.empty(), parse(""));
        assertEquals(Optional.empty(), parse(" \n\n"));

        assertEquals(
                List.of(
                        "content/page.md:0: file: is empty (allowed: " + FORMAT + ")",
                        "content/page.md:0: file: is empty (allowed: " + FORMAT + ")"),
                printed(problems));
    }

    @Test
    void reportsAnEmptyBodyOnTheSeparatorLineAndStillReadsTheHeader() {
        Optional<RawPage> page = parse("title=Anatomy\ntype=page\n~~~~~~\n\n   \n");

        assertTrue(page.isPresent(), "the header is still checked");
        assertEquals(
                List.of("content/page.md:3: body: is empty (allowed: Markdown text after the ~~~~~~ line)"),
                printed(problems));
    }

    @Test
    void reportsEveryBadHeaderLineInOneRun() {
        parse("title=Anatomy\ntitle=Again\nType: course\n~~~~~~\nBody.");

        assertEquals(
                List.of(
                        "content/page.md:2: title: is set twice (allowed: each field once)",
                        "content/page.md:3: header: line is not key=value: write type=course (allowed: key=value)"),
                printed(problems));
    }
}
