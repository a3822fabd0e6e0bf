package io.milepost.app.exchange;

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
 */
public record ExportOptions(boolean byteOrderMark, Instant stamp, Locale language) {

    public ExportOptions {
        Objects.requireNonNull(stamp, "stamp");
        language = Messages.in(language == null ? Messages.ui().locale() : language).locale();
    }

    /** In the language of the window and the command line. */
    public ExportOptions(boolean byteOrderMark, Instant stamp) {
        this(byteOrderMark, stamp, null);
    }

    public static ExportOptions now() {
        return new ExportOptions(false, Instant.now());
    }

    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(bom, stamp, language);
    }

    public ExportOptions withLanguage(Locale words) {
        return new ExportOptions(byteOrderMark, stamp, words);
    }
}
