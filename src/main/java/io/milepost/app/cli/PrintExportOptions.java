package io.milepost.app.cli;

import io.milepost.i18n.Messages;
import io.milepost.app.print.PrintCalendar;
import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.ColorBy;
import io.milepost.chart.Grouping;
import io.milepost.chart.Language;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.chart.YearStart;
import io.milepost.model.RoadmapInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of {@code export} for the print formats (pdf, svg, png, docx, xlsx): view, paper, orientation, mode,
 * date range, grouping, data language, calendar (fiscal years, first day of the week) and resolution. A mixin, so
 * the exchange formats' options live beside them.
 * Values are checked by {@link #request}, which says what is wrong in one line.
 */
final class PrintExportOptions {

    @Option(names = "--view", paramLabel = "VIEW",
            description = "chart or matrix (default: chart for pdf, svg and png; matrix for docx and xlsx)")
    String view;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a3",
            description = "a4, a3, a2, a1, a0, letter, legal or tabloid (default: ${DEFAULT-VALUE})")
    String paper;

    @Option(names = "--orientation", paramLabel = "ORIENTATION", defaultValue = "landscape",
            description = "portrait or landscape (default: ${DEFAULT-VALUE})")
    String orientation;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "fit-width",
            description = "fit-page (one page, scaled, never below a readable size), fit-width (rows continue on "
                    + "following pages) or tile (a poster at 100 %%) (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--from", paramLabel = "DATE", description = "first day shown, as 2025-01-01")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day shown, as 2027-12-31")
    String to;

    @Option(names = "--group", paramLabel = "GROUPING", defaultValue = "sector",
            description = "sector, commission, status or none (default: ${DEFAULT-VALUE})")
    String group;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "the data language: the roadmap's primary or second language, by tag (en, ru) or as "
                    + "primary/second (default: primary)")
    String lang;

    @Option(names = "--year", paramLabel = "YEAR", defaultValue = "calendar",
            description = "calendar (years as 2025) or july (fiscal years from July, as FY 2025-26) "
                    + "(default: ${DEFAULT-VALUE})")
    String year;

    @Option(names = "--week-start", paramLabel = "DAY", defaultValue = "monday",
            description = "the first day of a week in the chart: monday, sunday or saturday (default: ${DEFAULT-VALUE})")
    String weekStart;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "150",
            description = "resolution of a PNG, 72 to 600 (default: ${DEFAULT-VALUE})")
    int dpi;

    /** Thrown for a value the options do not take: the command exits 2 with its message. */
    static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** The request these options make for a format and a roadmap. */
    PrintRequest request(String format, RoadmapInfo info, String fileName) throws BadOption {
        PrintRequest.View v = view == null ? PrintExports.defaultView(format) : choice(view, "--view",
                PrintRequest.View.values());
        if (!PrintExports.supports(format, v)) {
            throw new BadOption(Messages.text("cli.print.cannotShow", format, v.name().toLowerCase(Locale.ROOT),
                    PrintExports.defaultView(format).name().toLowerCase(Locale.ROOT)));
        }
        Paper p = choice(paper.trim(), "--paper", Paper.values());
        boolean landscape = switch (orientation.toLowerCase(Locale.ROOT)) {
            case "landscape" -> true;
            case "portrait" -> false;
            default -> throw new BadOption(Messages.text("cli.print.orientation", orientation));
        };
        PrintMode m = switch (mode.toLowerCase(Locale.ROOT)) {
            case "fit-page" -> PrintMode.FIT_PAGE;
            case "fit-width" -> PrintMode.FIT_WIDTH;
            case "tile" -> PrintMode.TILE;
            default -> throw new BadOption(Messages.text("cli.print.mode", mode));
        };
        Grouping g = choice(group, "--group", Grouping.values());
        if (dpi < 72 || dpi > 600) {
            throw new BadOption(Messages.text("cli.print.dpi", Integer.toString(dpi)));
        }
        LocalDate start = date(from, "--from");
        LocalDate end = date(to, "--to");
        if (start != null && end != null && end.isBefore(start)) {
            throw new BadOption(Messages.text("cli.print.range", end, start));
        }
        PrintCalendar calendar = new PrintCalendar(choice(weekStart, "--week-start",
                new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.SUNDAY, DayOfWeek.SATURDAY}),
                choice(year, "--year", YearStart.values()));
        return new PrintRequest(v, p, landscape, m, start, end, g, ColorBy.STATUS, language(info), dpi, fileName,
                LocalDate.now(), null, calendar);
    }

    /**
     * The language of an exported report's own words (html, ics) when --lang chose one: that of the chosen data
     * language, so a report of the Russian titles has Russian headings; {@code null} when --lang was not given.
     */
    Locale wordsLanguage(RoadmapInfo info) throws BadOption {
        if (lang == null) {
            return null;
        }
        String tag = language(info) == Language.SECOND ? info.secondLanguage() : info.primaryLanguage();
        return Locale.forLanguageTag(tag == null ? "en" : tag);
    }

    /**
     * Which of the roadmap's titles --lang asks for, in an exchange format that shows them (the html report) as in a
     * print format: "ru" is the second language of a roadmap whose second language is Russian.
     */
    Language titles(RoadmapInfo info) throws BadOption {
        return language(info);
    }

    private Language language(RoadmapInfo info) throws BadOption {
        if (lang == null || lang.equalsIgnoreCase("primary") || lang.equalsIgnoreCase(info.primaryLanguage())) {
            return Language.PRIMARY;
        }
        if (lang.equalsIgnoreCase("second") || lang.equalsIgnoreCase(info.secondLanguage())) {
            return Language.SECOND;
        }
        throw new BadOption(Messages.text("cli.print.lang", info.primaryLanguage()
                + (info.secondLanguage() != null ? ", " + info.secondLanguage() : ""), lang));
    }

    private static LocalDate date(String value, String option) throws BadOption {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadOption(Messages.text("cli.print.date", option, value));
        }
    }

    private static <E extends Enum<E>> E choice(String value, String option, E[] all) throws BadOption {
        for (E e : all) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        StringBuilder names = new StringBuilder();
        for (E e : all) {
            names.append(names.length() > 0 ? ", " : "").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new BadOption(Messages.text("cli.print.choice", option, names, value));
    }
}
