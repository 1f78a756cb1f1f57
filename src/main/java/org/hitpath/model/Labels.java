package org.hitpath.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words readers see for the site's codes: specialties, career-map stages, dates. */
public final class Labels {

    public static final String SITE_NAME = "HIT Path";

    public static final Map<String, String> SPECIALTIES = Map.of(
            "general", "General health information",
            "coding", "Medical coding",
            "cancer-registry", "Cancer registry",
            "home-care", "Home care and hospice coding");

    /**
     * Words a specialty's credentials are searched by that their pages may not use: what the workers
     * are called, and the plural readers type.
     */
    public static final Map<String, String> SPECIALTY_SEARCH_WORDS = Map.of(
            "coding", "coder coders medical coding",
            "cancer-registry", "cancer registrar tumor registrar");

    /** The career map's stages in order, with the heading each has on the map. */
    public static final List<String> STAGES = List.of("entry", "specialty", "advanced", "related");

    public static final Map<String, String> STAGE_LABELS = Map.of(
            "entry", "Ways in", "specialty", "Specialties", "advanced", "Moving up", "related", "A related occupation");

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Labels() {}

    /** A date as readers see it: "26 November 2026". */
    public static String date(LocalDate date) {
        return DISPLAY_DATE.format(date);
    }
}
