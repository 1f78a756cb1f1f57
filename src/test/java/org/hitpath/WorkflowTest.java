package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The pipelines' safety rules, read from the workflow files themselves (parsed as YAML). */
class WorkflowTest {

    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}");
    private static final String MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

    private static String text(String name) throws IOException {
        return Files.readString(TestSite.PROJECT.resolve(".github/workflows/" + name));
    }

    private static Map<String, Object> workflow(String name) throws IOException {
        return new Yaml().load(text(name));
    }

    /** YAML 1.1 reads the key "on" as true. */
    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        return map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(true));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>) job(workflow, job).get("steps");
    }

    private static Map<String, Object> job(Map<String, Object> workflow, String job) {
        return map(map(workflow.get("jobs")).get(job));
    }

    private static List<String> actions(Map<String, Object> workflow, String job) {
        return steps(workflow, job).stream()
                .filter(s -> s.containsKey("uses"))
                .map(s -> s.get("uses").toString().replaceFirst("@.*", ""))
                .toList();
    }

    private static Map<String, Object> stepRunning(Map<String, Object> workflow, String job, String command) {
        return steps(workflow, job).stream()
                .filter(s -> String.valueOf(s.get("run")).contains(command))
                .findFirst()
                .orElseThrow(() -> new AssertionError(job + " has no step running " + command));
    }

    @Test
    void pullRequestsRunWithAReadOnlyTokenAndNeverAsPullRequestTarget() throws IOException {
        Map<String, Object> site = workflow("site.yml");
        assertEquals(List.of("pull_request", "push"), List.copyOf(triggers(site).keySet()));
        assertEquals(Map.of("contents", "read"), site.get("permissions"), "the default token is read-only");
        for (String name : List.of("site.yml", "links.yml")) {
            assertFalse(
                    text(name).contains("pull_request_target"),
                    name + " names pull_request_target, even in a condition");
        }
    }

    @Test
    void everyActionIsPinnedToAFullCommitWithItsVersionInAComment() throws IOException {
        for (String name : List.of("site.yml", "links.yml")) {
            Matcher uses = Pattern.compile("uses: (\\S+)(.*)").matcher(text(name));
            int count = 0;
            while (uses.find()) {
                assertTrue(PINNED.matcher(uses.group(1)).matches(), name + ": " + uses.group(1) + " is not pinned");
                assertTrue(
                        uses.group(2).matches(" # v\\d+(\\.\\d+)*"), name + ": " + uses.group(1) + " names no version");
                count++;
            }
            assertTrue(count > 0, name);
        }
        Map<String, Object> site = workflow("site.yml");
        assertEquals(
                List.of(
                        "actions/checkout",
                        "actions/setup-java",
                        "actions/configure-pages",
                        "actions/upload-artifact",
                        "actions/upload-pages-artifact"),
                actions(site, "build"));
        assertEquals(List.of("actions/checkout", "actions/checkout", "actions/setup-java"), actions(site, "changes"));
        assertEquals(List.of("actions/deploy-pages"), actions(site, "deploy"));
        assertEquals(List.of("actions/checkout", "actions/setup-java"), actions(workflow("links.yml"), "links"));
    }

    @Test
    void onlyTheDeployJobMayWriteToPagesAndItDeploysTheCheckedArtefact() throws IOException {
        Map<String, Object> site = workflow("site.yml");
        Map<String, Object> deploy = job(site, "deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals(MAIN_PUSH, deploy.get("if"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
        assertEquals(
                Map.of("contents", "read", "pages", "read"), job(site, "build").get("permissions"));
        assertEquals(Map.of("contents", "read"), job(site, "changes").get("permissions"));
        assertEquals(1, text("site.yml").split(": write", -1).length - 2, "one job writes: deploy (pages, id-token)");
        assertTrue(List.of(Files.readString(TestSite.PROJECT.resolve(".ci/run")).split("\n"))
                .contains("./mvnw -B -ntp verify"));
        stepRunning(site, "build", "./mvnw -B -ntp verify");
    }

    @Test
    void theMainBuildReadsThePagesAddressAndBakesForDeployAtIt() throws IOException {
        Map<String, Object> site = workflow("site.yml");
        List<Map<String, Object>> steps = steps(site, "build");
        Map<String, Object> pages = steps.stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/configure-pages@"))
                .findFirst()
                .orElseThrow();
        assertEquals("pages", pages.get("id"));
        assertEquals(MAIN_PUSH, pages.get("if"), "pull requests are not deployed and keep the placeholder");
        Map<String, Object> build = stepRunning(site, "build", "./mvnw -B -ntp verify");
        assertTrue(steps.indexOf(pages) < steps.indexOf(build), "the address is read before the bake");
        assertEquals(
                Map.of("DEPLOY", "${{ " + MAIN_PUSH + " }}", "PAGES_URL", "${{ steps.pages.outputs.base_url }}"),
                build.get("env"));
        String run = build.get("run").toString();
        assertTrue(run.contains("if [ \"$DEPLOY\" = true ]; then"), run);
        assertTrue(run.contains("deploy=(\"-Dsite.url=${PAGES_URL}/\" \"-Dbake.flags=--deploy\")"), run);
        assertTrue(run.contains("\"${deploy[@]}\""), run);
        String pom = Files.readString(TestSite.PROJECT.resolve("pom.xml"));
        assertTrue(
                pom.contains(
                        "bake ${project.basedir} ${project.build.directory}/site --site-url=${site.url} ${bake.flags}"),
                "the build's bake takes the address and the deploy switch from those properties");
    }

    @Test
    void aPullRequestsSummaryComparesTheBakesOfBothTreesEachByItsOwnBuild() throws IOException {
        Map<String, Object> site = workflow("site.yml");
        Map<String, Object> changes = job(site, "changes");
        assertEquals("github.event_name == 'pull_request'", changes.get("if"));
        List<Map<String, Object>> checkouts = steps(site, "changes").stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout@"))
                .toList();
        assertEquals(
                List.of(
                        Map.of("path", "pr", "persist-credentials", false),
                        Map.of(
                                "ref",
                                "${{ github.event.pull_request.base.sha }}",
                                "path",
                                "base",
                                "persist-credentials",
                                false)),
                checkouts.stream().map(s -> s.get("with")).toList());
        List<String> bakes = new ArrayList<>();
        for (Map<String, Object> step : steps(site, "changes")) {
            if ("./mvnw -B -ntp package -DskipTests".equals(step.get("run"))) {
                bakes.add(step.get("working-directory").toString());
            }
        }
        assertEquals(List.of("base", "pr"), bakes);
        assertTrue(
                stepRunning(site, "changes", "diff")
                        .get("run")
                        .toString()
                        .contains(
                                "java -jar pr/target/hit-path.jar diff base/target/site pr/target/site >> \"$GITHUB_STEP_SUMMARY\""));
    }

    @Test
    void theSourceLinkCheckRunsWeeklyOnItsOwnWithAReadOnlyToken() throws IOException {
        Map<String, Object> links = workflow("links.yml");
        Map<String, Object> on = triggers(links);
        assertEquals(List.of("schedule", "workflow_dispatch"), List.copyOf(on.keySet()), "never on a push or PR");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> schedule = (List<Map<String, String>>) on.get("schedule");
        assertEquals(1, schedule.size());
        assertTrue(
                schedule.get(0).get("cron").matches("\\d+ \\d+ \\* \\* [0-6]"),
                "once a week: " + schedule.get(0).get("cron"));
        assertEquals(Map.of("contents", "read"), links.get("permissions"));
        Map<String, Object> job = job(links, "links");
        assertFalse(job.containsKey("permissions"), "the job keeps the read-only default");
        assertEquals(30, job.get("timeout-minutes"));
        Map<String, Object> check = stepRunning(links, "links", "java -jar target/hit-path.jar links");
        assertEquals("java -jar target/hit-path.jar links . --summary \"$GITHUB_STEP_SUMMARY\"", check.get("run"));
        assertEquals(
                Map.of("HIT_PATH_REPOSITORY_URL", "${{ github.server_url }}/${{ github.repository }}"),
                check.get("env"));
        assertFalse(text("site.yml").contains("hit-path.jar links"), "the Site workflow never runs the link check");
    }
}
