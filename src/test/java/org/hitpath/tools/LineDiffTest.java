package org.hitpath.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text differ: runs of removed and added lines between the lines both lists share. */
class LineDiffTest {

    @Test
    void equalListsHaveNoHunk() {
        assertEquals(List.of(), LineDiff.diff(List.of("a", "b"), List.of("a", "b")));
    }

    @Test
    void aChangedLineIsOneHunkOfOneRemovedAndOneAddedLine() {
        assertEquals(
                List.of(new LineDiff.Hunk(1, 1, List.of("b"), List.of("B"))),
                LineDiff.diff(List.of("a", "b", "c"), List.of("a", "B", "c")));
    }

    @Test
    void separateChangesAreSeparateHunksAtTheirOwnPositions() {
        assertEquals(
                List.of(
                        new LineDiff.Hunk(0, 0, List.of(), List.of("new first")),
                        new LineDiff.Hunk(2, 3, List.of("c"), List.of()),
                        new LineDiff.Hunk(5, 5, List.of(), List.of("f"))),
                LineDiff.diff(List.of("a", "b", "c", "d", "e"), List.of("new first", "a", "b", "d", "e", "f")));
    }

    @Test
    void aMovedLineIsRemovedWhereItWasAndAddedWhereItIs() {
        assertEquals(
                List.of(
                        new LineDiff.Hunk(0, 0, List.of("x"), List.of()),
                        new LineDiff.Hunk(3, 2, List.of(), List.of("x"))),
                LineDiff.diff(List.of("x", "a", "b"), List.of("a", "b", "x")));
    }
}
