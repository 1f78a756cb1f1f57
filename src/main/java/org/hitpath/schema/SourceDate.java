package org.hitpath.schema;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a source gives itself, in one of the forms a reader cannot misread: a year ({@code 2024}), a
 * month and year ({@code May 2022}), a day ({@code 2023-12-31}), a period ({@code 2024-2034} or
 * {@code 2024-34}, also an academic year), or {@code undated}. "12/01/2026" is refused: half the world
 * reads it as 12 January.
 *
 * @param text     as the editor wrote it
 * @param lastYear the latest year it covers, for how old the source is; empty when undated
 */
public record SourceDate(String text, Optional<Integer> lastYear) {

    public static final String UNDATED = "undated";

    /** What an editor may write, for messages and the editors' guide. */
    public static final String ALLOWED = "undated, a year such as 2024, a month and year such as May 2022, "
            + "a day written yyyy-MM-dd such as 2023-12-31, or a period such as 2024-2034 or 2016-17";

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Z][a-z]+) ((?:19|20)\\d\\d)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d|(?:19|20)\\d\\d)");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The date, or empty when TEXT is not one of the allowed forms. */
    public static Optional<SourceDate> parse(String text) {
        String t = text.strip();
        if (t.equals(UNDATED)) {
            return Optional.of(new SourceDate(t, Optional.empty()));
        }
        if (YEAR.matcher(t).matches()) {
            return Optional.of(of(t, Integer.parseInt(t)));
        }
        Matcher m = MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return month(m.group(1)).map(month -> of(t, Integer.parseInt(m.group(2))));
        }
        if (DAY.matcher(t).matches()) {
            try {
                return Optional.of(of(t, LocalDate.parse(t, ISO).getYear()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher p = PERIOD.matcher(t);
        if (p.matches()) {
            int from = Integer.parseInt(p.group(1));
            int to = p.group(2).length() == 2
                    ? from / 100 * 100 + Integer.parseInt(p.group(2))
                    : Integer.parseInt(p.group(2));
            return to > from ? Optional.of(of(t, to)) : Optional.empty();
        }
        return Optional.empty();
    }

    public boolean undated() {
        return lastYear.isEmpty();
    }

    /** Whole years from the end of the source's latest year to TODAY; empty when undated. */
    public Optional<Integer> ageInYears(LocalDate today) {
        return lastYear.map(y -> Math.max(0, today.getYear() - y));
    }

    /** As readers see it: a day in words ("31 December 2023"), anything else as written. */
    public String display() {
        if (DAY.matcher(text).matches()) {
            LocalDate d = LocalDate.parse(text, ISO);
            return d.getDayOfMonth() + " " + monthName(d.getMonth()) + " " + d.getYear();
        }
        return text;
    }

    private static SourceDate of(String text, int year) {
        return new SourceDate(text, Optional.of(year));
    }

    private static Optional<Month> month(String name) {
        for (Month m : Month.values()) {
            if (monthName(m).equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static String monthName(Month m) {
        String lower = m.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
