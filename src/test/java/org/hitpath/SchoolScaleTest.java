package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.schema.States;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A national directory puts a thousand programs in one type: the generated pages must stay exact. */
class SchoolScaleTest {

    static final int PROGRAMS = 1_000;

    @TempDir
    Path work;

    @Test
    void aThousandProgramsAreEachListedOnceInTheIndexAndOnExactlyTheirStatePage() {
        Path src = TestSite.fixture("minimal", work.resolve("src"));
        TestSite.write(src.resolve("content/schools/index.md"), """
                title=Fixture programs
                type=listing
                status=published
                description=Every fixture program.
                updated=2026-01-15
                lists=school
                ~~~~~~

                Generated programs.
                """);
        List<String> states = new ArrayList<>(States.NAMES.keySet());
        Map<String, List<String>> expectedByState = new HashMap<>();
        String[] delivery = {"online", "campus", "hybrid"};
        for (int i = 0; i < PROGRAMS; i++) {
            String state = states.get(i % states.size());
            String slug = String.format("program-%04d", i);
            expectedByState
                    .computeIfAbsent(state, k -> new ArrayList<>())
                    .add("https://site.test/schools/" + slug + ".html");
            TestSite.write(src.resolve("content/schools/" + slug + ".md"), """
                    title=Program %1$04d
                    type=school
                    status=published
                    description=A generated program for the scale test.
                    updated=2026-01-15
                    institution=College %1$04d
                    state=%2$s
                    location_stated=none
                    program=Health Information Technology
                    level=associate
                    delivery=%3$s
                    accreditation=fixorg
                    accreditation_url=https://fixture.example.org/programs/%1$04d
                    evidence_kind=college-page
                    evidence_date=undated
                    credentials=fixcred
                    program_url=https://fixture.example.org/programs/%1$04d
                    evidence_read=2026-01-15
                    read_from=stored-copy
                    ~~~~~~

                    ## About the program

                    A generated program.
                    """.formatted(i, state, delivery[i % 3]));
        }
        long start = System.nanoTime();
        TestSite.Bake bake = TestSite.bake(src, work.resolve("site"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(bake.ok(), bake::describe);
        System.out.printf(
                "scale: baked %d programs (%d pages) in %d ms%n",
                PROGRAMS, bake.pages().size(), millis);

        List<String> listed = bake.page("schools/all.html")
                .select("#program-list .hit-list a")
                .eachAttr("abs:href");
        assertEquals(PROGRAMS, listed.size());
        assertEquals(PROGRAMS, listed.stream().distinct().count(), "each program exactly once");
        for (Map.Entry<String, List<String>> state : expectedByState.entrySet()) {
            List<String> onPage = bake.page("schools/states/" + state.getKey().toLowerCase() + ".html")
                    .select("#in-state + ul a")
                    .eachAttr("abs:href");
            assertEquals(
                    state.getValue().stream().sorted().toList(),
                    onPage.stream().sorted().toList(),
                    state.getKey());
        }
        var programs = bake.page("credentials/fixcred.html").selectFirst("section[aria-labelledby=programs]");
        assertEquals(0, programs.select(".hit-list a").size(), "a long list is not repeated on the credential page");
        assertEquals(
                "https://site.test/schools/credentials/fixcred.html",
                programs.selectFirst("p a").absUrl("href"));
        assertEquals(
                PROGRAMS,
                bake.page("schools/credentials/fixcred.html")
                        .select("main .hit-list a")
                        .size());
    }
}
