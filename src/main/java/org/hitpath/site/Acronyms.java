package org.hitpath.site;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hitpath.schema.States;

/** Finds the acronyms a text uses: words with two or more capitals, such as RHIT, CCS-P, ICD-10-CM or O*NET. */
public final class Acronyms {

    /** A capital, then capitals and digits, optionally O*NET's star, optionally hyphenated parts; a plural s is dropped. */
    public static final Pattern WORD =
            Pattern.compile("(?<![\\w*-])([A-Z](?:\\*[A-Z]+|[A-Z0-9]*)(?:-[A-Z0-9]+)*)s?(?![\\w*-])");

    private Acronyms() {}

    public static Set<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            if (word.chars().filter(Character::isUpperCase).count() >= 2) {
                found.add(word);
            }
        }
        return found;
    }

    /** Upper-case words any page may use without a glossary entry: state codes and Roman numerals. */
    static boolean exempt(String word) {
        return States.NAMES.containsKey(word) || word.matches("[IVX]+");
    }
}
