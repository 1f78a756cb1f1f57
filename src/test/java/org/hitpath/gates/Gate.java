package org.hitpath.gates;

import java.nio.file.Path;

/**
 * A whole-site quality gate: reads a baked site folder and reports every problem it finds, never
 * stopping at the first. The same gate runs on the real site (SiteGatesIT) and on the defect fixtures
 * (GateDefectsTest, GateDefectsIT), so a gate that passes the real site is known to be able to fail.
 * Every gate here checks page by page and extends {@link PageGate}, which walks and times the run.
 */
public interface Gate {

    String name();

    GateResult check(Path site);
}
