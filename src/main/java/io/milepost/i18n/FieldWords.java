package io.milepost.i18n;

/**
 * A field of an item in the window's words ("Lead agency (second party)", "Окончание"), wherever a field is named to
 * the planner: a validation problem, a change set, the import's conflicts. The words live under {@code share.field.}
 * (the change set named fields first); a field without words shows its name.
 */
public final class FieldWords {

    private FieldWords() {
    }

    public static String of(String field) {
        if (field == null) {
            return "";
        }
        String key = "share.field." + field;
        return Messages.ui().has(key) ? Messages.text(key) : field;
    }
}
