package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The deploy pipeline's safety rules, read from the workflow file itself. */
class WorkflowTest {

    private static String workflow() throws IOException {
        return Files.readString(TestSite.PROJECT.resolve(".github/workflows/site.yml"));
    }

    @Test
    void pullRequestsRunWithAReadOnlyTokenAndNeverAsPullRequestTarget() throws IOException {
        String yml = workflow();
        assertTrue(yml.contains("\n  pull_request:\n"));
        assertFalse(yml.contains("pull_request_target"));
        assertTrue(yml.contains("\npermissions:\n  contents: read\n"), "the default token is read-only");
    }

    @Test
    void everyActionIsPinnedToAFullCommit() throws IOException {
        Matcher uses = Pattern.compile("uses: ([^\\s#]+)").matcher(workflow());
        int count = 0;
        while (uses.find()) {
            assertTrue(
                    uses.group(1).matches("[\\w.-]+/[\\w.-]+@[0-9a-f]{40}"),
                    uses.group(1) + " is not pinned to a commit");
            count++;
        }
        assertEquals(5, count);
    }

    @Test
    void onlyTheDeployJobMayWriteToPagesAndItDeploysTheCheckedArtefact() throws IOException {
        String yml = workflow();
        String deploy = yml.substring(yml.indexOf("\n  deploy:"));
        assertTrue(deploy.contains("needs: build"));
        assertTrue(deploy.contains("pages: write") && deploy.contains("id-token: write"));
        assertEquals(1, count(yml, "pages: write"));
        assertTrue(deploy.contains("github.ref == 'refs/heads/main'"));
        assertTrue(yml.contains("./mvnw -B -ntp verify"), "the pipeline runs the README's test command");
        assertTrue(List.of(Files.readString(TestSite.PROJECT.resolve(".ci/run")).split("\n"))
                .contains("./mvnw -B -ntp verify"));
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }
}
