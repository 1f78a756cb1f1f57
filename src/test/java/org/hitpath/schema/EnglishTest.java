package org.hitpath.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Articles and plurals in messages and page text. */
class EnglishTest {

    @Test
    void writesAnBeforeAVowelLetterAndAOtherwise() {
        assertEquals("an", English.article("organisation"));
        assertEquals("an", English.article("Organisation"));
        assertEquals("a", English.article("credential"));
        assertEquals("a", English.article("School"));
    }

    @Test
    void usesTheSingularForOneAndThePluralForAnyOtherCount() {
        assertEquals("program", English.noun(1, "program"));
        assertEquals("programs", English.noun(0, "program"));
        assertEquals("programs", English.noun(2, "program"));
    }

    @Test
    void writesACountWithItsNoun() {
        assertEquals("1 program", English.count(1, "program"));
        assertEquals("0 programs", English.count(0, "program"));
        assertEquals("15 programs", English.count(15, "program"));
    }

    @Test
    @ResourceLock(Resources.LOCALE)
    void writesCountsInAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            assertEquals("1234 programs", English.count(1234, "program"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void agreesTheVerbWithTheCount() {
        assertEquals("says", English.verb(1, "say"));
        assertEquals("say", English.verb(0, "say"));
        assertEquals("say", English.verb(3, "say"));
    }
}
