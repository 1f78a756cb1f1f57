package org.hitpath.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "did you mean" hint: the nearest allowed name, only when it is near enough to be a typo. */
class DidYouMeanTest {

    private static final List<String> TYPES = Schema.typeNames();

    @Test
    void suggestsTheNameOneEditAway() {
        assertEquals(Optional.of("course"), DidYouMean.closest("corse", TYPES));
        assertEquals(Optional.of("step"), DidYouMean.closest("steps", TYPES));
    }

    @Test
    void countsTwoSwappedLettersAsTwoEditsWhichAShortNameStillAllows() {
        assertEquals(Optional.of("page"), DidYouMean.closest("paeg", TYPES));
    }

    @Test
    void allowsTwoEditsForShortNamesAndAThirdOfTheLengthForLongOnes() {
        assertEquals(Optional.of("abcd"), DidYouMean.closest("abXY", List.of("abcd")));
        assertEquals(Optional.empty(), DidYouMean.closest("aXYZ", List.of("abcd")));
        assertEquals(Optional.of("abcdefghijkl"), DidYouMean.closest("abcdefghWXYZ", List.of("abcdefghijkl")));
        assertEquals(Optional.empty(), DidYouMean.closest("abcdefgVWXYZ", List.of("abcdefghijkl")));
    }

    @Test
    void suggestsNothingWhenEveryNameIsFarOff() {
        assertEquals(Optional.empty(), DidYouMean.closest("blog", TYPES));
        assertEquals(Optional.empty(), DidYouMean.closest("course", List.of()));
    }

    @Test
    void prefersTheNearestName() {
        assertEquals(Optional.of("courses"), DidYouMean.closest("coursesx", List.of("course", "courses")));
        assertEquals(Optional.of("course"), DidYouMean.closest("cours", List.of("courses", "course")));
    }

    @Test
    void takesTheFirstOfEquallyNearNames() {
        assertEquals(Optional.of("bat"), DidYouMean.closest("cat", List.of("bat", "hat")));
        assertEquals(Optional.of("hat"), DidYouMean.closest("cat", List.of("hat", "bat")));
    }

    @Test
    void hintIsAClauseForTheEndOfAMessageOrNothing() {
        assertEquals("; did you mean course?", DidYouMean.hint("corse", TYPES));
        assertEquals("", DidYouMean.hint("blog", TYPES));
    }
}
