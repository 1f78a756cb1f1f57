package org.hitpath.model.generated;

import java.util.List;
import java.util.Map;
import org.hitpath.model.Addresses;
import org.hitpath.model.Context;
import org.hitpath.model.Notes;
import org.hitpath.plan.GeneratedPage;
import org.hitpath.plan.GeneratedPage.SchoolFilter;
import org.hitpath.schema.English;
import org.hitpath.site.Page;

/**
 * A state's page: the programs we verified there, or that we have none yet; the way on for every reader
 * (CAHIIM's directory, programs taught online elsewhere, the state's pay data at the BLS).
 */
final class StateModel implements GeneratedKind {

    @Override
    public void add(GeneratedPage page, Map<String, Object> content, Notes notes, Context ctx) {
        SchoolFilter state = (SchoolFilter) page.details();
        content.put("state_name", state.label());
        content.put("state_code", state.value());
        content.put("count_text", English.count(page.pages().size(), "program"));
        List<Page> online = ctx.taughtOnline().stream()
                .filter(s -> !s.text("state").equals(state.value()))
                .toList();
        content.put("online_elsewhere", ctx.summaries().list(online));
        content.put("bls_state_table", Addresses.blsStateTable(state.value()));
    }
}
