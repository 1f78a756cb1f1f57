package org.hitpath.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.Problem;

/**
 * Splits a content file into header and body, the way JBake reads it ({@code key=value} lines, then a
 * line of {@code ~~~~~~}), but strictly: every line that JBake would skip or guess about becomes a
 * {@link Problem} instead.
 */
public final class HeaderParser {

    public static final String SEPARATOR = "~~~~~~";
    static final String HEADER_FORMAT = "one key=value per line, then a line of ~~~~~~, then the Markdown body";

    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z][a-z0-9_]*)=(.*)$");
    private static final Pattern KEY_COLON = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*:\\s*(.*)$");
    private static final Pattern NEAR_SEPARATOR = Pattern.compile("~{3,}");
    private static final Pattern ANY_KEY = Pattern.compile("^\\s*([^=\\s]+)\\s*=(.*)$");

    private HeaderParser() {}

    /** Parses one file; returns the page, or nothing when the file has problems that stop parsing. */
    public static Optional<RawPage> parse(String path, byte[] bytes, List<Problem> problems) {
        Optional<String> text = decode(path, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = text.get().split("\r?\n", -1);
        if (lines[0].strip().equals("---")) {
            problems.add(Problem.of(
                    path,
                    1,
                    "header",
                    "YAML front matter (---) is not supported: write each field as key=value, for example title=Anatomy instead of title: Anatomy, and end the header with a line of ~~~~~~ instead of ---",
                    HEADER_FORMAT));
            return Optional.empty();
        }
        int separator = separatorIndex(lines);
        if (separator < 0) {
            problems.add(noSeparator(path, lines));
            return Optional.empty();
        }
        List<RawPage.HeaderLine> header = header(path, lines, separator, problems);
        String body = String.join("\n", Arrays.asList(lines).subList(separator + 1, lines.length));
        if (body.isBlank()) {
            problems.add(Problem.of(path, separator + 1, "body", "is empty", "Markdown text after the ~~~~~~ line"));
        }
        return Optional.of(new RawPage(path, List.copyOf(header), body, separator + 2));
    }

    /** The file as text: strict UTF-8, without a byte order mark, not empty. */
    private static Optional<String> decode(String path, byte[] bytes, List<Problem> problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(Problem.of(
                    path,
                    1,
                    "file",
                    "starts with a UTF-8 byte order mark (BOM)",
                    "UTF-8 without BOM; re-save the file as plain UTF-8"));
            return Optional.empty();
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            problems.add(Problem.of(
                    path,
                    lineAt(bytes, offset),
                    "file",
                    String.format("is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xFF),
                    "UTF-8 text; re-save the file as UTF-8"));
            return Optional.empty();
        }
        if (text.isBlank()) {
            problems.add(Problem.of(path, 0, "file", "is empty", HEADER_FORMAT));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** No line is the separator: point at a line of tildes that nearly is, or say the header never ends. */
    private static Problem noSeparator(String path, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (NEAR_SEPARATOR.matcher(lines[i].strip()).matches()) {
                return Problem.of(
                        path,
                        i + 1,
                        "header",
                        "\"" + lines[i].strip() + "\" has " + lines[i].strip().length()
                                + " tildes; the line that ends the header has exactly six: ~~~~~~",
                        HEADER_FORMAT);
            }
        }
        return Problem.of(path, 0, "header", "has no ~~~~~~ line to end it", HEADER_FORMAT);
    }

    private static int separatorIndex(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(SEPARATOR)) {
                return i;
            }
        }
        return -1;
    }

    /** The key=value lines before the separator; every other non-blank line is a problem. */
    private static List<RawPage.HeaderLine> header(String path, String[] lines, int separator, List<Problem> problems) {
        List<RawPage.HeaderLine> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < separator; i++) {
            String line = lines[i];
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            Matcher kv = KEY_VALUE.matcher(line);
            if (!kv.matches()) {
                problems.add(notKeyValue(path, lineNo, line));
            } else if (!seen.add(kv.group(1))) {
                problems.add(Problem.of(path, lineNo, kv.group(1), "is set twice", "each field once"));
            } else {
                header.add(new RawPage.HeaderLine(kv.group(1), kv.group(2).strip(), lineNo));
            }
        }
        return header;
    }

    /** What is wrong with a header line that is not key=value, as precisely as the line allows. */
    private static Problem notKeyValue(String path, int lineNo, String line) {
        Matcher colon = KEY_COLON.matcher(line);
        Matcher anyKey = ANY_KEY.matcher(line);
        if (anyKey.matches()) {
            return Problem.of(
                    path,
                    lineNo,
                    "header",
                    "\"" + anyKey.group(1).strip() + "\" is not a valid field name",
                    "lower-case letters, digits and _ before the =, with no spaces");
        }
        if (colon.matches()) {
            return Problem.of(
                    path,
                    lineNo,
                    "header",
                    "line is not key=value: write " + colon.group(1).toLowerCase(Locale.ROOT) + "="
                            + colon.group(2).strip(),
                    "key=value");
        }
        return Problem.of(path, lineNo, "header", "line is not key=value: \"" + abbreviate(line) + "\"", "key=value");
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static int firstInvalidOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String abbreviate(String line) {
        String s = line.strip();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
