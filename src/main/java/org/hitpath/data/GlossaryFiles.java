package org.hitpath.data;

import java.util.Map;
import java.util.TreeMap;
import org.hitpath.site.Glossary;

/** data/glossary.yaml (each acronym spelled out and defined) and data/not-acronyms.yaml (words that need no entry). */
final class GlossaryFiles {

    static final String PATH = "data/glossary.yaml";
    static final String NOT_ACRONYMS_PATH = "data/not-acronyms.yaml";

    private GlossaryFiles() {}

    /** Either file may be missing (null): then it adds nothing. */
    static Glossary read(YamlData glossary, YamlData notAcronyms) {
        Map<String, Glossary.Term> terms = new TreeMap<>();
        if (glossary != null) {
            for (Map.Entry<String, Object> e : glossary.map(glossary.root(), "").entrySet()) {
                Map<String, Object> entry = glossary.map(e.getValue(), e.getKey());
                terms.put(
                        e.getKey(),
                        new Glossary.Term(
                                e.getKey(),
                                glossary.text(entry, "expansion", e.getKey()),
                                glossary.text(entry, "definition", e.getKey()),
                                glossary.optionalText(entry, "page"),
                                glossary.line(e.getKey())));
            }
        }
        Map<String, String> words = new TreeMap<>();
        if (notAcronyms != null) {
            for (Map.Entry<String, Object> e :
                    notAcronyms.map(notAcronyms.root(), "").entrySet()) {
                words.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        return new Glossary(terms, words);
    }
}
