package org.hitpath.validate;

import static org.hitpath.load.SiteFixture.printed;
import static org.hitpath.load.SiteFixture.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hitpath.site.Site;
import org.junit.jupiter.api.Test;

/** Figures in prose come from records: every {{figure:key}} names one, and no amount is typed in bare. */
class ProseRulesTest {

    private static final String UNSOURCED =
            "{{figure:key}} with a record in data/figures/*.yaml that gives its source and date";

    private final Site site = site().figure("median-pay")
            .plainPage("content/about.md", "About", "Body.\n")
            .build();

    /** The problems of TEXT as prose on line 9 of the about page. */
    private List<String> check(String text) {
        Rules rules = TestRules.of(site);
        new ProseRules(rules).check(site.pages().get(0), 9, text);
        return printed(rules.problems);
    }

    @Test
    void acceptsAFigureTokenThatNamesARecord() {
        assertEquals(List.of(), check("Technicians earn {{figure:median-pay}}, or {{figure:median-pay}} a year."));
    }

    @Test
    void reportsEveryFigureTokenWithoutARecord() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: {{figure:mean-pay}} is not a figure record; did you mean median-pay? (allowed: a key defined in data/figures/*.yaml)",
                        "content/about.md:9: body: {{figure:top-pay}} is not a figure record (allowed: a key defined in data/figures/*.yaml)"),
                check("From {{figure:mean-pay}} to {{figure:top-pay}}, and {{figure:median-pay}}."));
    }

    @Test
    void reportsAMisspelledOrUnclosedTokenRatherThanShowingIt() {
        List<String> messages = new ArrayList<>();
        for (String text : List.of("Pay is {{figure:Median-Pay}}.", "Pay is {{fig:median-pay}}.", "Pay is {{figure:")) {
            messages.addAll(check(text));
        }

        assertEquals(
                List.of(
                        "content/about.md:9: body: \"{{figure:Median-Pay}}\" is not a figure token (allowed: {{figure:key}} with a key from data/figures/*.yaml)",
                        "content/about.md:9: body: \"{{fig:median-pay}}\" is not a figure token (allowed: {{figure:key}} with a key from data/figures/*.yaml)",
                        "content/about.md:9: body: \"{{\" is not a figure token (allowed: {{figure:key}} with a key from data/figures/*.yaml)"),
                messages);
    }

    @Test
    void reportsAMoneyAmountTypedIntoProseWithTheWordsAroundIt() {
        assertEquals(
                List.of(
                        "content/about.md:9: body: has a figure without a source (\"technicians earn about $50,000 a year before\") (allowed: "
                                + UNSOURCED + ")"),
                check("Across the country, technicians earn about $50,000 a year before overtime is added."));
    }

    @Test
    void reportsAPercentageTypedIntoProseWithOrWithoutASpaceOrAsAWord() {
        List<String> messages = new ArrayList<>();
        for (String text : List.of("Jobs grow 7% a year.", "Jobs grow 7 % a year.", "Jobs grow 7 percent a year.")) {
            messages.addAll(check(text));
        }

        assertEquals(
                List.of(
                        "content/about.md:9: body: has a figure without a source (\"Jobs grow 7% a year.\") (allowed: "
                                + UNSOURCED + ")",
                        "content/about.md:9: body: has a figure without a source (\"Jobs grow 7 % a year.\") (allowed: "
                                + UNSOURCED + ")",
                        "content/about.md:9: body: has a figure without a source (\"Jobs grow 7 percent a year.\") (allowed: "
                                + UNSOURCED + ")"),
                messages);
    }

    @Test
    void acceptsNumbersThatAreNotAmounts() {
        assertEquals(List.of(), check("Step 3 of 4 takes 2 years and covers ICD-10 codes from 2015."));
    }
}
