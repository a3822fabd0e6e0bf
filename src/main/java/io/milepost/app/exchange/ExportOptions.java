package io.milepost.app.exchange;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Choices an export may honour; each exporter takes what applies to it.
 *
 * @param byteOrderMark start a text file with a UTF-8 byte-order mark (Excel needs one to read a CSV as UTF-8)
 * @param stamp         the moment written into files that carry one (iCalendar's DTSTAMP, the HTML report's date)
 * @param language      the language of the file's own words where a person reads them (the HTML report's headings,
 *                      a calendar event's "Expected outcome"); machine-read parts (CSV headers, JSON keys) stay as
 *                      the format defines them
 * @param titles        which of the roadmap's titles a planner's format shows (the data language: the HTML report's
 *                      title and chart)
 */
public record ExportOptions(boolean byteOrderMark, Instant stamp, Locale language, Language titles) {

    public ExportOptions {
        Objects.requireNonNull(stamp, "stamp");
        language = Messages.in(language == null ? Messages.ui().locale() : language).locale();
        titles = titles == null ? Language.PRIMARY : titles;
    }

    /** In the language of the window and the command line, with the titles as first written. */
    public ExportOptions(boolean byteOrderMark, Instant stamp) {
        this(byteOrderMark, stamp, null, Language.PRIMARY);
    }

    public static ExportOptions now() {
        return new ExportOptions(false, Instant.now());
    }

    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(bom, stamp, language, titles);
    }

    public ExportOptions withLanguage(Locale words) {
        return new ExportOptions(byteOrderMark, stamp, words, titles);
    }

    public ExportOptions withTitles(Language v) {
        return new ExportOptions(byteOrderMark, stamp, language, v);
    }
}
