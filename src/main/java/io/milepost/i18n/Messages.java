package io.milepost.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every string Milepost shows or prints in its own words, in English or Russian, from the bundles
 * {@code io/milepost/i18n/messages_en.properties} and {@code messages_ru.properties} (UTF-8).
 *
 * <p>One instance per language. {@link #ui()} is the language of the window and the command line: it follows the
 * system locale unless the planner chose one ({@link #useForUi}); the data language of a printed or exported roadmap
 * is asked for with {@link #in(Locale)}. Any language other than Russian reads English, so a German system gets an
 * English window rather than a mix.
 */
public final class Messages {

    /** The languages with a complete bundle, the first being the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private static final String BUNDLE = "io.milepost.i18n.messages";
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages RUSSIAN = new Messages(LANGUAGES.get(1));
    private static volatile Messages ui = in(Locale.getDefault());

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of a language: Russian for any Russian locale, English for every other. */
    public static Messages in(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? RUSSIAN : ENGLISH;
    }

    /** The messages of a language tag ("ru", "en-GB"); English when the tag is empty. */
    public static Messages in(String languageTag) {
        return in(languageTag == null || languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag));
    }

    /** The language of the window and the command line. */
    public static Messages ui() {
        return ui;
    }

    /** Chooses the language of the window and the command line; null goes back to the system's. */
    public static void useForUi(Locale locale) {
        ui = in(locale == null ? Locale.getDefault() : locale);
    }

    /** Shorthand for {@code ui().get(key, args)}. */
    public static String text(String key, Object... args) {
        return ui.get(key, args);
    }

    /** The language these messages are in: {@code en} or {@code ru}. */
    public Locale locale() {
        return locale;
    }

    public boolean russian() {
        return this == RUSSIAN;
    }

    /**
     * The message under {@code key}, its {@code {0}}… arguments filled in with {@link MessageFormat} rules for
     * this language. A key missing from a bundle is a programming error the bundle test catches; should one slip
     * through, the key itself is shown rather than failing the window.
     */
    public String get(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** True when the bundle of this language has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The name of an enum constant: key {@code <prefix>.<CONSTANT>}, e.g. {@code status.AT_RISK}. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    /** The bundle itself, for the tests that compare the languages. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
