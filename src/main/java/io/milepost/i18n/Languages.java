package io.milepost.i18n;

import java.util.Locale;

/** The name of a roadmap's language in the window's language: "Russian" / "русский". */
public final class Languages {

    private Languages() {
    }

    /** The name of the language of a tag such as "ru", in the window's language; the tag itself when unknown. */
    public static String name(String tag) {
        if (tag == null || tag.isBlank()) {
            return "";
        }
        Messages ui = Messages.ui();
        String key = "language." + Locale.forLanguageTag(tag).getLanguage();
        if (ui.has(key)) {
            return ui.get(key);
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(ui.locale());
        return name.isBlank() ? tag : name;
    }
}
