package org.hitpath.schema;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** US states, DC and the territories CAHIIM accredits in, by postal code. */
public final class States {

    /** One state a line: its postal code, a space, its name. */
    private static final String TABLE = """
            AL Alabama
            AK Alaska
            AZ Arizona
            AR Arkansas
            CA California
            CO Colorado
            CT Connecticut
            DE Delaware
            DC District of Columbia
            FL Florida
            GA Georgia
            HI Hawaii
            ID Idaho
            IL Illinois
            IN Indiana
            IA Iowa
            KS Kansas
            KY Kentucky
            LA Louisiana
            ME Maine
            MD Maryland
            MA Massachusetts
            MI Michigan
            MN Minnesota
            MS Mississippi
            MO Missouri
            MT Montana
            NE Nebraska
            NV Nevada
            NH New Hampshire
            NJ New Jersey
            NM New Mexico
            NY New York
            NC North Carolina
            ND North Dakota
            OH Ohio
            OK Oklahoma
            OR Oregon
            PA Pennsylvania
            PR Puerto Rico
            RI Rhode Island
            SC South Carolina
            SD South Dakota
            TN Tennessee
            TX Texas
            UT Utah
            VT Vermont
            VA Virginia
            WA Washington
            WV West Virginia
            WI Wisconsin
            WY Wyoming
            """;

    /** Postal code to name, in the order of the codes. */
    public static final Map<String, String> NAMES = names();

    /** The postal codes in the order of the names, as readers scan a list: Alabama, Alaska, Arizona. */
    public static final List<String> BY_NAME =
            NAMES.keySet().stream().sorted(Comparator.comparing(NAMES::get)).toList();

    private States() {}

    public static String name(String code) {
        return NAMES.get(code);
    }

    /** The code of a state written by its name, in any letter case ("maine" gives ME). */
    public static Optional<String> codeOf(String name) {
        return NAMES.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(name.strip()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<String, String> names() {
        Map<String, String> map = new TreeMap<>();
        TABLE.lines().forEach(line -> map.put(line.substring(0, 2), line.substring(3)));
        return Collections.unmodifiableMap(map);
    }
}
