package dev.triangulate.present;

import dev.triangulate.model.FactValue;
import dev.triangulate.model.Qualifier;

/** Wording shared by the renderers. */
final class Text {
    private Text() {}

    /** "at least 3", "about 40", "Ankara". */
    static String display(FactValue v) {
        if (v.qualifier() == Qualifier.EXACT || v.qualifier() == Qualifier.SEVERAL) return v.value();
        return v.qualifier().words() + " " + v.value();
    }
}
