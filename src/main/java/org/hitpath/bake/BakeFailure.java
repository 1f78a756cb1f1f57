package org.hitpath.bake;

import java.util.List;
import org.hitpath.schema.Problem;

/** The bake stopped: the site folder or the baked output has problems. Nothing was published. */
public final class BakeFailure extends Exception {

    private final transient List<Problem> problems;

    public BakeFailure(String summary, List<Problem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
