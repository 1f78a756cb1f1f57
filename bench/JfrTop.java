import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises a JFR recording of a bake (single-file program, JDK 17+):
 *
 * <pre>java bench/JfrTop.java bake.jfr [TOP]</pre>
 *
 * Prints, from jdk.ExecutionSample events (full stacks, unlike `jfr print`, which cuts them at five
 * frames): samples per thread; the hottest methods by own ("self") samples; self samples by library,
 * charged to the first frame outside the JDK (so a HashMap.get called by OrientDB counts for OrientDB);
 * the methods of our code and JBake with the most inclusive samples (the bake's phases); GC pauses.
 */
public class JfrTop {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> byLibrary = new HashMap<>();
        Map<String, Integer> byThread = new HashMap<>();
        int samples = 0;
        long gcCount = 0;
        Duration gcPause = Duration.ZERO;
        Duration gcLongest = Duration.ZERO;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcCount++;
                gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                if (e.getDuration("longestPause").compareTo(gcLongest) > 0) {
                    gcLongest = e.getDuration("longestPause");
                }
                continue;
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            byThread.merge(thread == null ? "?" : thread, 1, Integer::sum);
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String library = "JDK only";
            for (RecordedFrame f : frames) {
                String lib = library(f.getMethod().getType().getName());
                if (lib != null) {
                    library = lib;
                    break;
                }
            }
            byLibrary.merge(library, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%n%d execution samples (JFR 'profile' settings: one per running Java thread every ~10-20 ms)%n", samples);
        System.out.println("\nSamples by thread:");
        print(byThread, samples, 8);
        System.out.println("\nHottest methods, own samples (top frame):");
        print(self, samples, top);
        System.out.println("\nOwn samples by library (charged to the first non-JDK frame of the stack):");
        print(byLibrary, samples, 20);
        System.out.println("\nInclusive samples of our code and JBake (the phases of the bake):");
        Map<String, Integer> ours = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("org.hitpath.") || k.startsWith("org.jbake.")) {
                ours.put(k, v);
            }
        });
        print(ours, samples, top);
        System.out.printf("%nGC: %d collections, %.2f s paused in total, longest pause %d ms%n",
                gcCount, gcPause.toNanos() / 1e9, gcLongest.toMillis());
    }

    static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m.getType().getName() + "." + m.getName();
    }

    /** The library a class belongs to, or null for the JDK itself. */
    static String library(String cls) {
        if (cls.startsWith("java.") || cls.startsWith("javax.") || cls.startsWith("jdk.") || cls.startsWith("sun.") || cls.startsWith("com.sun.")) {
            return null;
        }
        String[][] known = {
                {"org.hitpath.", "hit-path (our code)"},
                {"org.jbake.", "JBake"},
                {"com.orientechnologies.", "OrientDB"},
                {"freemarker.", "Freemarker"},
                {"com.vladsch.flexmark.", "flexmark"},
                {"org.jsoup.", "jsoup"},
                {"org.yaml.snakeyaml.", "SnakeYAML"},
                {"org.apache.commons.", "Apache Commons"},
                {"ch.qos.logback.", "logback"},
                {"org.slf4j.", "slf4j"},
        };
        for (String[] k : known) {
            if (cls.startsWith(k[0])) {
                return k[1];
            }
        }
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? cls : cls.substring(0, dot);
    }

    static void print(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> System.out.printf("  %6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
