package org.hitpath.site;

import java.util.Locale;
import java.util.Map;

/**
 * The acronyms readers meet, each spelled out and defined (data/glossary.yaml), and the capitalised
 * words that are not acronyms (data/not-acronyms.yaml).
 *
 * @param terms       acronym to its entry, in alphabetical order
 * @param notAcronyms upper-case word to the reason it needs no entry
 */
public record Glossary(Map<String, Term> terms, Map<String, String> notAcronyms) {

    /** One glossary entry, with the line of data/glossary.yaml it starts on. */
    public record Term(String term, String expansion, String definition, String page, int line) {

        /** The entry's id on the glossary pages. */
        public String anchor() {
            return "term-"
                    + term.toLowerCase(Locale.ROOT)
                            .replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("(^-|-$)", "");
        }
    }

    public static final Glossary EMPTY = new Glossary(Map.of(), Map.of());

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether a page may use WORD, found by {@link Acronyms#in}, without it having an entry. */
    public boolean needsNoEntry(String word) {
        return terms.containsKey(word) || Acronyms.exempt(word) || notAcronyms.containsKey(word);
    }
}
