package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** The deploy pipeline's safety rules, read from the parsed workflow file itself. */
class WorkflowTest {

    private static final String SHA_PINNED = "[\\w.-]+/[\\w.-]+@[0-9a-f]{40}";

    static Map<String, Object> workflow;

    /**
     * Parses the workflow as GitHub does for these keys: every plain scalar stays a string. YAML 1.1, which
     * SnakeYAML follows, would otherwise read the key {@code on} as the boolean true.
     */
    @BeforeAll
    static void parseTheWorkflow() throws IOException {
        LoaderOptions loading = new LoaderOptions();
        DumperOptions dumping = new DumperOptions();
        Resolver stringsOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // no implicit types: on, true, 17 and the like stay the text they are
            }
        };
        Yaml yaml = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, stringsOnly);
        workflow = yaml.load(Files.readString(TestSite.PROJECT.resolve(".github/workflows/site.yml")));
    }

    @Test
    void pullRequestsRunWithAReadOnlyTokenAndNeverAsPullRequestTarget() {
        assertEquals(
                List.of("pull_request", "push"), List.copyOf(map(workflow, "on").keySet()), "the triggers");
        assertEquals(Map.of("branches", List.of("main")), map(map(workflow, "on"), "push"));
        List<String> mentions = new ArrayList<>();
        walk(workflow, "", (path, value) -> {
            if (path.contains("pull_request_target")
                    || value instanceof String text && text.contains("pull_request_target")) {
                mentions.add(path);
            }
        });
        assertEquals(List.of(), mentions, "pull_request_target appears nowhere, not even in a condition");
        assertEquals(Map.of("contents", "read"), map(workflow, "permissions"), "the default token is read-only");
    }

    @Test
    void everyActionIsPinnedToAFullCommit() {
        List<String> uses = new ArrayList<>();
        walk(workflow, "", (path, value) -> {
            if (path.endsWith(".uses")) {
                uses.add(String.valueOf(value));
            }
        });
        assertEquals(5, uses.size(), "actions used: " + uses);
        for (String action : uses) {
            assertTrue(action.matches(SHA_PINNED), action + " is not pinned to a commit");
        }
    }

    @Test
    void onlyTheDeployJobMayWriteToPagesAndItDeploysTheCheckedArtefact() throws IOException {
        Map<String, Object> jobs = map(workflow, "jobs");
        Map<String, Object> deploy = map(jobs, "deploy");
        assertEquals("build", deploy.get("needs"));
        assertEquals("github.event_name == 'push' && github.ref == 'refs/heads/main'", deploy.get("if"));
        assertEquals(Map.of("pages", "write", "id-token", "write"), map(deploy, "permissions"));
        List<String> writers = new ArrayList<>();
        walk(workflow, "", (path, value) -> {
            boolean permission = path.endsWith("permissions") || path.contains("permissions.");
            if (permission && value instanceof String grant && grant.contains("write")) {
                writers.add(path);
            }
        });
        assertEquals(List.of("jobs.deploy.permissions.pages", "jobs.deploy.permissions.id-token"), writers);
        assertEquals(List.of("actions/deploy-pages"), actions(deploy), "the deploy job only deploys");
        assertTrue(actions(map(jobs, "build")).contains("actions/upload-pages-artifact"), "build uploads the site");

        List<List<String>> runs = new ArrayList<>();
        for (Map<String, Object> step : steps(map(jobs, "build"))) {
            if (step.get("run") instanceof String run) {
                runs.add(List.of(run.strip().split("\\s+")));
            }
        }
        assertTrue(
                runs.stream().anyMatch(words -> words.subList(0, 4).equals(List.of("./mvnw", "-B", "-ntp", "verify"))),
                "the pipeline runs the README's test command: " + runs);
        assertTrue(List.of(Files.readString(TestSite.PROJECT.resolve(".ci/run")).split("\n"))
                .contains("./mvnw -B -ntp verify"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, key + " is a mapping");
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }

    /** The actions a job's steps use, without their pinned commit. */
    private static List<String> actions(Map<String, Object> job) {
        List<String> actions = new ArrayList<>();
        for (Map<String, Object> step : steps(job)) {
            if (step.get("uses") instanceof String uses) {
                actions.add(uses.substring(0, uses.indexOf('@')));
            }
        }
        return actions;
    }

    /** Visits every key of the parsed file with its dotted path (list items as [i]) and value. */
    private static void walk(Object node, String path, BiConsumer<String, Object> visit) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String child = path.isEmpty() ? String.valueOf(key) : path + "." + key;
                visit.accept(child, value);
                walk(value, child, visit);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", visit);
            }
        }
    }
}
