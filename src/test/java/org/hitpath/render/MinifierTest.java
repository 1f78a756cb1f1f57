package org.hitpath.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinifierTest {

    @Test
    void commentsAndLayoutSpaceGoButSpacesInsideValuesAndStringsStay() {
        assertEquals(
                "a{margin:0 auto;content:\"a  b\"}\n",
                CssMinifier.minify("/* why */\na {\n  margin: 0 auto;\n  content: \"a  b\";\n}\n"));
    }

    @Test
    void numbersLoseTheirLeadingZeroAndPairedHexColoursShortenButStringsAndOtherNumbersStay() {
        assertEquals(
                "a{margin:.25rem 10.5rem -0.5em;color:#fff;background:#f3f5f7;border-color:#abc;"
                        + "content:\"0.5 #ffffff\"}\n",
                CssMinifier.minify("a {\n  margin: 0.25rem 10.5rem -0.5em;\n  color: #ffffff;\n"
                        + "  background: #f3f5f7;\n  border-color: #aabbcc;\n  content: \"0.5 #ffffff\";\n}\n"));
    }

    @Test
    void theMostUsedTokenGetsTheShortestNameAndEveryUseOfATokenTheSameName() {
        String css = ":root{--hit-space-1:1px;--hit-space-10:2px}"
                + "a{margin:var(--hit-space-10) var(--hit-space-10)}b{padding:var(--hit-space-1)}";
        assertEquals(
                ":root{--b:1px;--a:2px}a{margin:var(--a) var(--a)}b{padding:var(--b)}", CssMinifier.shortTokens(css));
    }

    @Test
    void namesRunFromAToZThenTwoLetters() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            css.append("--hit-t")
                    .append((char) ('a' + i / 26))
                    .append((char) ('a' + i % 26))
                    .append(":0;");
        }
        String out = CssMinifier.shortTokens(css.toString());
        assertEquals("--a:0;", out.substring(0, 6));
        assertEquals(";--z:0;--aa:0;--ab:0;", out.substring(out.indexOf(";--z:"), out.length()));
    }

    @Test
    void scriptsLoseWholeLineCommentsIndentationAndBlankLinesButNoLineChangesInside() {
        assertEquals(
                "var a = 1; // kept: not a whole line\nif (a) {\nb('  two  spaces');\n}\n",
                ScriptMinifier.minify(
                        "// why\nvar a = 1; // kept: not a whole line\n\nif (a) {\n    b('  two  spaces');\n}\n"));
    }
}
