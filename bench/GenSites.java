import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the three equivalent benchmark sites for one size, from the same Markdown bodies.
 * Run as a single-file program (no compilation step, JDK 17+):
 *
 * <pre>java bench/GenSites.java PROJECT_DIR BENCH_DIR PAGES OUT_DIR [generic|programs]</pre>
 *
 * The corpus (last argument, default generic):
 * generic   as below: the minimal fixture with PAGES generated ~600-word school pages.
 * programs  the real site (content/, data/, templates/, assets/, jbake.properties of PROJECT_DIR) plus
 *           PAGES clones of one real program page, {@value #PROGRAM}, each with its own copies of the
 *           figure records it cites (keys and labels numbered), its own title and institution, and a
 *           state taken in turn from the state codes, so state and filter pages grow as they would.
 *           The Hugo site gets the same bodies with each figure written out as its display text.
 *
 * OUT_DIR/hitpath  the minimal test fixture + the real templates/, assets/, jbake.properties,
 *                  content/schools/index.md (a listing) and PAGES generated school pages, exactly
 *                  as src/test/java/org/hitpath/SchoolScaleTest.java builds them, with ~600-word bodies.
 * OUT_DIR/stock    the same content/ and data/, with bench/stock/ (jbake.properties + one simple
 *                  Freemarker template per type) for stock JBake 2.7.0's CLI.
 * OUT_DIR/hugo     the same pages and bodies with YAML front matter, plus bench/hugo/ (config, layouts).
 *
 * Prints one line: "generated PAGES school pages, N content files, mean W body words".
 * Output is deterministic: the same PAGES always gives byte-identical files.
 */
public class GenSites {

    /** The two-letter codes our schema accepts (Schema.STATES), in its (sorted) order. */
    static final String[] STATES = {"AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID",
            "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND", "NE", "NH", "NJ",
            "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI",
            "WV", "WY"};
    static final String[] DELIVERY = {"online", "campus", "hybrid"};

    /*
     * Sentence pools, one per section. No digits followed by %, no "$" before a digit, no raw HTML:
     * the bodies must pass our validator unchanged. %s is replaced by the institution name.
     */
    static final String[] INTRO = {
            "The health information technology program at %s prepares students to manage the records that every clinic, hospital and insurer depends on.",
            "Students learn how a patient record is created, coded, stored, protected and released, and why each of those steps matters to the people involved.",
            "Graduates work in hospital records departments, physician practices, coding companies, insurers and public health agencies.",
            "The program combines classroom study with supervised practice, so that students meet real workflows before they look for their first job.",
            "Faculty members include working coders, privacy officers and records managers who bring current practice into every course.",
            "Advisers help each student plan a schedule that fits around work and family, and they review progress at the end of every term.",
    };
    static final String[] ABOUT = {
            "The curriculum starts with medical terminology, anatomy and physiology, because every later course assumes that vocabulary.",
            "Later terms move to classification systems, reimbursement methods, data quality and the law of health information.",
            "Each course has clear outcomes, and instructors publish the reading list and the assessment plan before the term begins.",
            "Students practise with training versions of the software that records departments use, including an encoder and an electronic health record.",
            "Group projects ask students to audit a small set of records, find the errors and explain how a better process would prevent them.",
            "The program reviews its courses every year with an advisory board of local employers, who say which skills they need most.",
            "Writing matters in this field, so several assignments ask students to explain a coding decision or a privacy rule in plain language.",
            "Students who already hold a related certificate can ask for credit for prior learning, which the program reviews case by case.",
            "Tutoring is available for the science courses, and the library offers help with research and citation for every written assignment.",
            "The final term brings the pieces together in a capstone course that reviews the whole program before the certification exam.",
    };
    static final String[] STUDY = {
            "Coding courses teach the structure of the diagnosis and procedure classifications, and how to choose the code that the record supports.",
            "The revenue cycle course follows a claim from registration to payment, and shows where missing documentation causes denials.",
            "Data courses cover how hospitals report quality measures, how registries collect cases, and how analysts turn records into useful statistics.",
            "The privacy and security course explains who may see a record, when a patient must consent, and what to do after a breach.",
            "A course on health data standards introduces the message formats and vocabularies that let different systems exchange records.",
            "Students also study the management side of the department: staffing, workflow, budgets and the measurement of productivity.",
    };
    static final String[] LIST_ITEMS = {
            "Medical terminology and the language of diagnosis",
            "Human anatomy and physiology for records work",
            "Diagnosis and procedure coding with current code sets",
            "Reimbursement methods and the revenue cycle",
            "Health data standards and interoperability",
            "Privacy, security and the release of information",
            "Quality measures, registries and health statistics",
            "Management of a health information department",
            "Legal aspects of the health record and retention rules",
            "Professional practice experience in a partner facility",
    };
    static final String[] DELIVERY_TEXT = {
            "Lectures are recorded, and students can watch them when their schedule allows, but assignments follow weekly deadlines.",
            "Some courses meet in a classroom on set days, while others run fully online with a discussion board and virtual office hours.",
            "Laboratory sessions use a simulated records department where students practise retrieval, abstraction and coding under supervision.",
            "The professional practice experience places each student in a hospital, clinic or agency for supervised work near the end of the program.",
            "Students need a reliable computer and internet connection, and the college provides the software licences for the coding courses.",
            "Part-time students usually take longer to finish, and advisers help them choose a sequence that respects the course prerequisites.",
    };
    static final String[] CREDENTIAL_TEXT = {
            "Graduates of an accredited associate program may sit the national certification exam for health information technicians.",
            "The program reviews the exam content outline in the final term and offers practice tests that mirror its format.",
            "Many graduates start in coding or release of information and move into supervision, auditing or data analysis with experience.",
            "Employers in the region hire graduates for roles in hospitals, physician groups, long-term care, insurers and government agencies.",
            "Students who want to continue can transfer credits into a bachelor program in health information management at a partner university.",
            "Keeping a credential current requires continuing education, and the program explains how to plan for it before graduation.",
    };

    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: java GenSites.java PROJECT_DIR BENCH_DIR PAGES OUT_DIR [generic|programs]");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path bench = Path.of(args[1]).toAbsolutePath().normalize();
        int pages = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]).toAbsolutePath().normalize();
        if (out.startsWith(project)) {
            throw new IllegalArgumentException("refusing to generate inside the repository: " + out);
        }
        Path hit = out.resolve("hitpath");
        Path stock = out.resolve("stock");
        Path hugo = out.resolve("hugo");
        String corpus = args.length == 5 ? args[4] : "generic";
        if (corpus.equals("programs")) {
            programs(project, bench, pages, hit, hugo);
            return;
        }
        if (!corpus.equals("generic")) {
            throw new IllegalArgumentException("unknown corpus " + corpus + " (generic, programs)");
        }

        // 1. Our site: fixture + real templates, assets, settings (TestSite.fixture), as SchoolScaleTest does.
        for (String part : List.of("templates", "assets", "jbake.properties")) {
            copy(project.resolve(part), hit.resolve(part));
        }
        copy(project.resolve("src/test/resources/fixtures/minimal"), hit);
        write(hit.resolve("content/schools/index.md"), """
                title=Fixture programs
                type=listing
                status=published
                description=Every fixture program.
                updated=2026-11-26
                lists=school
                ~~~~~~

                Generated programs.
                """);
        long words = 0;
        for (int i = 0; i < pages; i++) {
            String body = body(i, pages);
            words += body.split("\\s+").length;
            write(hit.resolve("content/schools/" + slug(i) + ".md"), header(i) + "~~~~~~\n\n" + body);
        }

        // 2. Stock JBake: the same content and data, stock-compatible settings and templates.
        copy(hit.resolve("content"), stock.resolve("content"));
        copy(hit.resolve("data"), stock.resolve("data"));
        copy(hit.resolve("assets"), stock.resolve("assets"));
        copy(bench.resolve("stock"), stock);

        // 3. Hugo: every content file converted to YAML front matter, bodies unchanged.
        int files = hugoSite(bench, hit, hugo, Map.of());
        System.out.printf("generated %d school pages, %d content files, mean %d body words%n",
                pages, files, pages == 0 ? 0 : words / pages);
    }

    /** Hugo's copy of our site: every content file with YAML front matter, figures as their display text. */
    static int hugoSite(Path bench, Path hit, Path hugo, Map<String, String> figureText) throws IOException {
        copy(bench.resolve("hugo"), hugo);
        copy(hit.resolve("assets"), hugo.resolve("static"));
        int files = 0;
        try (Stream<Path> walk = Files.walk(hit.resolve("content"))) {
            for (Path md : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files++;
                String rel = hit.resolve("content").relativize(md).toString();
                if (md.getFileName().toString().equals("index.md")) {
                    // A Hugo index.md would make a leaf bundle (its siblings stop being pages): a section is _index.md.
                    rel = rel.substring(0, rel.length() - "index.md".length()) + "_index.md";
                }
                String text = Files.readString(md, StandardCharsets.UTF_8);
                Matcher m = FIGURE.matcher(text);
                text = m.replaceAll(r -> Matcher.quoteReplacement(figureText.getOrDefault(r.group(1), r.group(1))));
                write(hugo.resolve("content").resolve(rel), toHugo(text));
            }
        }
        return files;
    }

    /** The real program page the programs corpus clones: a long one, with six figure records. */
    static final String PROGRAM = "college-of-dupage";
    static final Pattern FIGURE = Pattern.compile("\\{\\{figure:([a-z0-9-]+)}}");

    /**
     * The programs corpus: the real site plus PAGES numbered clones of {@link #PROGRAM}. Each clone cites
     * its own copies of the page's figure records (in data/figures/clones.yaml), so every figure is a
     * record with its source, as on a real program page.
     */
    static void programs(Path project, Path bench, int pages, Path hit, Path hugo) throws IOException {
        for (String part : List.of("content", "data", "templates", "assets", "jbake.properties")) {
            copy(project.resolve(part), hit.resolve(part));
        }
        String page = Files.readString(hit.resolve("content/schools/" + PROGRAM + ".md"), StandardCharsets.UTF_8);
        Map<String, String> records = figureRecords(Files.readString(hit.resolve("data/figures/schools.yaml")));
        List<String> keys = new ArrayList<>();
        Matcher cited = FIGURE.matcher(page.replaceAll("(?m)^(length|cost|starts|outcomes)=(.*)$", "{{figure:$2}}")
                .replace(",", "}}{{figure:"));
        while (cited.find()) {
            if (!keys.contains(cited.group(1))) {
                keys.add(cited.group(1));
            }
        }
        String institution = header(page, "institution");
        String state = header(page, "state");
        StringBuilder yaml = new StringBuilder("# Figure records of the benchmark's cloned program pages.\n\n");
        Map<String, String> figureText = new LinkedHashMap<>(displays(records));
        long words = 0;
        for (int i = 0; i < pages; i++) {
            String n = String.format("%05d", i);
            String clone = page.replace(institution, institution + " " + n)
                    .replaceFirst("(?m)^state=" + state + "$", "state=" + STATES[i % STATES.length]);
            for (String key : keys) {
                clone = clone.replace(key, key + "-" + n);
                String record = records.get(key);
                yaml.append(key).append('-').append(n).append(":\n")
                        .append(record.replaceFirst("label: \"", "label: \"" + n + " ")).append('\n');
                figureText.put(key + "-" + n, figureText.get(key));
            }
            words += clone.substring(clone.indexOf("~~~~~~")).split("\\s+").length;
            write(hit.resolve("content/schools/" + PROGRAM + "-" + n + ".md"), clone);
        }
        write(hit.resolve("data/figures/clones.yaml"), yaml.toString());
        int files = hugoSite(bench, hit, hugo, figureText);
        System.out.printf("generated %d clones of %s.md (%d figure records each), %d content files, mean %d body words%n",
                pages, PROGRAM, keys.size(), files, pages == 0 ? 0 : words / pages);
    }

    /** The value of one header line. */
    static String header(String page, String field) {
        Matcher m = Pattern.compile("(?m)^" + field + "=(.*)$").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException(PROGRAM + ".md has no " + field);
        }
        return m.group(1);
    }

    /** Each record of a figures file: its key and its indented lines, as written. */
    static Map<String, String> figureRecords(String yaml) {
        Map<String, String> records = new LinkedHashMap<>();
        String key = null;
        StringBuilder lines = new StringBuilder();
        for (String line : (yaml + "\nend:\n").split("\n")) {
            if (line.matches("[a-z0-9-]+:")) {
                if (key != null) {
                    records.put(key, lines.toString());
                }
                key = line.substring(0, line.length() - 1);
                lines.setLength(0);
            } else if (key != null && line.startsWith("  ")) {
                lines.append(line).append('\n');
            }
        }
        return records;
    }

    /** Each record's display text (or its value when it has none), for Hugo's copy of the bodies. */
    static Map<String, String> displays(Map<String, String> records) {
        Map<String, String> out = new LinkedHashMap<>();
        records.forEach((key, lines) -> {
            Matcher display = Pattern.compile("(?m)^  display: \"?(.*?)\"?$").matcher(lines);
            Matcher value = Pattern.compile("(?m)^  value: \"?(.*?)\"?$").matcher(lines);
            out.put(key, display.find() ? display.group(1) : value.find() ? value.group(1) : key);
        });
        return out;
    }

    static String slug(int i) {
        return String.format("program-%05d", i);
    }

    /** A valid school header: every field our strict validator checks, as in SchoolScaleTest. */
    static String header(int i) {
        String state = STATES[i % STATES.length];
        return """
                title=Program %1$05d
                type=school
                status=published
                description=A generated program for the benchmark, taught at College %1$05d.
                updated=2026-11-26
                institution=College %1$05d
                state=%2$s
                location_stated=none
                program=Health Information Technology
                level=associate
                award=AAS
                delivery=%3$s
                accreditation=fixorg
                accreditation_url=https://fixture.example.org/programs/%1$05d
                evidence_kind=college-page
                evidence_date=undated
                credentials=fixcred
                program_url=https://fixture.example.org/programs/%1$05d
                evidence_read=2026-11-26
                read_from=stored-copy
                """.formatted(i, state, DELIVERY[i % DELIVERY.length]);
    }

    /** About 600 words: an introduction, four ## sections, a bulleted list and two relative links. */
    static String body(int i, int pages) {
        Random random = new Random(i * 7919L + 17);
        String name = "College " + String.format("%05d", i);
        int next = (i + 1) % pages;
        StringBuilder b = new StringBuilder();
        paragraph(b, random, INTRO, 5, name);
        b.append("## About the program\n\n");
        List<String> about = pick(random, ABOUT, 8);
        b.append(String.join(" ", about.subList(0, 4))).append("\n\n");
        b.append(String.join(" ", about.subList(4, 8))).append("\n\n");
        b.append("## What you study\n\n");
        paragraph(b, random, STUDY, 4, name);
        b.append("The main subjects are:\n\n");
        List<String> items = pick(random, LIST_ITEMS, 6);
        for (String item : items) {
            b.append("- ").append(item).append('\n');
        }
        b.append('\n');
        b.append("## How classes are delivered\n\n");
        paragraph(b, random, DELIVERY_TEXT, 5, name);
        b.append("## Credentials and next steps\n\n");
        paragraph(b, random, CREDENTIAL_TEXT, 5, name);
        b.append("The program prepares students for the [fixture credential](../credentials/fixcred.html). ")
                .append("For a similar option, compare it with [Program ").append(String.format("%05d", next))
                .append("](").append(slug(next)).append(".html), which is listed in the same directory.\n");
        return b.toString();
    }

    static void paragraph(StringBuilder b, Random random, String[] pool, int sentences, String name) {
        b.append(String.join(" ", pick(random, pool, sentences)).replace("%s", name)).append("\n\n");
    }

    static List<String> pick(Random random, String[] pool, int n) {
        List<String> left = new ArrayList<>(List.of(pool));
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < n && !left.isEmpty(); k++) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        return chosen;
    }

    /** key=value header + ~~~~~~ + body  ->  YAML front matter + the same body. */
    static String toHugo(String jbake) {
        int sep = jbake.indexOf("\n~~~~~~\n");
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : jbake.substring(0, sep).split("\n")) {
            int eq = line.indexOf('=');
            header.put(line.substring(0, eq), line.substring(eq + 1));
        }
        String body = jbake.substring(sep + "\n~~~~~~\n".length()).stripLeading();
        StringBuilder y = new StringBuilder("---\n");
        y.append("title: ").append(quote(header.get("title"))).append('\n');
        y.append("description: ").append(quote(header.get("description"))).append('\n');
        y.append("date: ").append(header.get("updated")).append('\n');
        y.append("draft: ").append(!"published".equals(header.get("status"))).append('\n');
        y.append("params:\n");
        y.append("  kind: ").append(quote(header.get("type"))).append('\n');
        for (Map.Entry<String, String> e : header.entrySet()) {
            if (!List.of("title", "description", "updated", "status", "type").contains(e.getKey())) {
                y.append("  ").append(e.getKey()).append(": ").append(quote(e.getValue())).append('\n');
            }
        }
        return y.append("---\n\n").append(body).toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
