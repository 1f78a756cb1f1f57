package org.hitpath.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hitpath.schema.States;
import org.hitpath.site.Leads;

/** data/leads.yaml: for each state, the programs looked at but not verified, for the editors' coverage page. */
final class LeadsFile {

    static final String PATH = "data/leads.yaml";

    private LeadsFile() {}

    static Leads read(YamlData leads) {
        Map<String, List<Leads.Lead>> byState = new LinkedHashMap<>();
        for (Map.Entry<String, Object> state : leads.map(leads.root(), "").entrySet()) {
            String code = state.getKey();
            if (States.name(code) == null) {
                String hint = States.codeOf(code)
                        .map(c -> "; did you mean " + c + "?")
                        .orElse("");
                leads.problem(
                        code, "is not a state's two-letter postal code" + hint, "two-letter postal code, such as OH");
                continue;
            }
            List<Leads.Lead> list = new ArrayList<>();
            List<Object> raw = leads.list(state.getValue(), code);
            for (int i = 0; i < raw.size(); i++) {
                String at = code + "[" + i + "]";
                Map<String, Object> lead = leads.map(raw.get(i), at);
                list.add(new Leads.Lead(
                        leads.text(lead, "college", at), leads.text(lead, "seen", at), leads.text(lead, "needed", at)));
            }
            byState.put(code, List.copyOf(list));
        }
        return new Leads(byState);
    }
}
