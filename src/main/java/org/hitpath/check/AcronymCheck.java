package org.hitpath.check;

import java.util.List;
import java.util.regex.Pattern;
import org.hitpath.schema.Problem;
import org.hitpath.site.Acronyms;
import org.hitpath.site.Glossary;

/** Every acronym a reader meets on a baked page is explained in the glossary (or listed as not an acronym). */
final class AcronymCheck {

    /** Elements whose text is not prose a reader meets: scripts, styles, code, and the head apart from its title. */
    private static final Pattern VISIBLE_TEXT_SKIPS =
            Pattern.compile("(?is)<(script|style|code|pre)\\b.*?</\\1>|<meta\\b[^>]*>|<link\\b[^>]*>");

    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final Glossary glossary;

    AcronymCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    /** A site without a glossary has nothing to check against. */
    void check(String page, String source, String html, List<Problem> problems) {
        if (glossary.isEmpty()) {
            return;
        }
        // A regular-expression pass, not a full HTML parse: this runs on every page of a large site.
        String text = VISIBLE_TEXT_SKIPS.matcher(html).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        for (String word : Acronyms.in(text)) {
            if (!glossary.needsNoEntry(word)) {
                problems.add(
                        Problem.of(
                                source,
                                0,
                                "acronym",
                                "\"" + word + "\" appears on " + page + " but data/glossary.yaml does not define it",
                                "add " + word
                                        + " to data/glossary.yaml, or to data/not-acronyms.yaml with the reason it is not an acronym"));
            }
        }
    }
}
