package org.hitpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * ./hit-path, hit-path.cmd and the pom's own bake run Java with the same settings, so the bake the build
 * measures, the one the README tells people to type and the one on Windows are the same bake.
 */
class LauncherTest {

    private static List<String> flags(String text, Pattern line) {
        Matcher m = line.matcher(text);
        assertTrue(m.find(), "no launch line matching " + line);
        return Arrays.asList(m.group(1).strip().split("\\s+"));
    }

    private static List<String> pom() throws IOException {
        return flags(
                Files.readString(TestSite.PROJECT.resolve("pom.xml")),
                Pattern.compile("<launcher\\.jvm\\.args>([^<]+)</launcher\\.jvm\\.args>"));
    }

    @Test
    void theShellLauncherRunsJavaAsThePomsBakeDoes() throws IOException {
        assertEquals(
                pom(),
                flags(
                        Files.readString(TestSite.PROJECT.resolve("hit-path")),
                        Pattern.compile("(?m)^set -- (.+?) \\$\\{HIT_PATH_JAVA_OPTS:-} -jar \"\\$jar\" \"\\$@\"$")));
    }

    @Test
    void theWindowsLauncherRunsJavaAsThePomsBakeDoes() throws IOException {
        assertEquals(
                pom(),
                flags(
                        Files.readString(TestSite.PROJECT.resolve("hit-path.cmd")),
                        Pattern.compile("(?m)^\"%JAVA%\" %CDS% (.+?) %HIT_PATH_JAVA_OPTS% -jar \"%JAR%\" %\\*")));
    }

    @Test
    void theShellLauncherIsExecutable() {
        assertTrue(Files.isExecutable(TestSite.PROJECT.resolve("hit-path")));
    }
}
