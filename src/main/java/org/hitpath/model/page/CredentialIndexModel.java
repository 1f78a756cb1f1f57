package org.hitpath.model.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hitpath.model.Context;
import org.hitpath.model.Labels;
import org.hitpath.model.Links;
import org.hitpath.plan.GeneratedPage.ComparisonPart;
import org.hitpath.plan.GeneratedPage.Kind;
import org.hitpath.schema.Schema;
import org.hitpath.site.Page;

/** The credential index: each credential once by specialty, who issues them, the comparisons, and the names they go by. */
final class CredentialIndexModel {

    private CredentialIndexModel() {}

    static void add(PageContent content, Context ctx) {
        List<Page> credentials = ctx.site().ofType("credential", ctx.withDrafts());
        content.put("items", ctx.summaries().list(credentials));
        List<Map<String, Object>> byIssuer = new ArrayList<>();
        for (Page org : ctx.site().ofType("organisation", ctx.withDrafts())) {
            List<Page> issued = ctx.links().credentialsIssuedBy(org.slug());
            if (!issued.isEmpty()) {
                Map<String, Object> group = new LinkedHashMap<>(ctx.summaries().of(org));
                group.put("count", issued.size());
                byIssuer.add(group);
            }
        }
        content.put("by_issuer", byIssuer);
        List<Map<String, Object>> bySpecialty = new ArrayList<>();
        for (String specialty : Schema.SPECIALTIES) {
            List<Page> matching = credentials.stream()
                    .filter(p -> specialty.equals(p.text("specialty")))
                    .toList();
            if (!matching.isEmpty()) {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("id", specialty);
                group.put("label", Labels.SPECIALTIES.get(specialty));
                group.put("items", ctx.summaries().list(matching));
                bySpecialty.add(group);
            }
        }
        content.put("by_specialty", bySpecialty);
        content.put("comparisons", comparisons(ctx));
        content.put("names", names(credentials));
    }

    /** The comparison pages, as cards for the index. */
    static List<Map<String, Object>> comparisons(Context ctx) {
        return ctx.plan()
                .first(Kind.CREDENTIAL_COMPARISON)
                .map(g -> Links.cards(((ComparisonPart) g.details()).all()))
                .orElse(List.of());
    }

    /**
     * Every full name and former name, each leading to its credential, in alphabetical order. The codes
     * are left out: the list by specialty already shows each one.
     */
    private static List<Map<String, Object>> names(List<Page> credentials) {
        List<Map<String, Object>> names = new ArrayList<>();
        for (Page c : credentials) {
            List<String> all = new ArrayList<>(List.of(c.text("full_name")));
            all.addAll(c.list("aliases"));
            for (String name : all) {
                Map<String, Object> entry = Links.link(name, c.outputPath());
                entry.put("code", c.text("code"));
                entry.put("alias", c.list("aliases").contains(name));
                names.add(entry);
            }
        }
        names.sort(Comparator.comparing((Map<String, Object> m) -> ((String) m.get("title")).toLowerCase(Locale.ROOT))
                .thenComparing(m -> (String) m.get("uri")));
        return names;
    }
}
