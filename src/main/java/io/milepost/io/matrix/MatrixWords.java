package io.milepost.io.matrix;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The matrix's own words in the data language: column headings and status names. English, or Russian for a roadmap
 * whose data language is Russian.
 *
 * @param partyA the first party's name, for "Lead agency (Pakistan)"
 */
public record MatrixWords(Locale locale, String partyA, String partyB) {

    public MatrixWords {
        locale = locale == null ? Locale.ENGLISH : locale;
        partyA = partyA == null || partyA.isBlank() ? "1" : partyA;
        partyB = partyB == null || partyB.isBlank() ? "2" : partyB;
    }

    private boolean russian() {
        return locale.getLanguage().equals("ru");
    }

    /** Headings of the columns, left to right: No., area, action, lead A, lead B, timeline, start, end, outcome,
     * status, remarks. */
    public List<String> headings() {
        return russian()
                ? List.of("№", "Направление", "Мероприятие", "Ответственный (" + partyA + ")",
                        "Ответственный (" + partyB + ")", "Срок", "Начало", "Окончание", "Ожидаемый результат",
                        "Статус", "Примечания")
                : List.of("No.", "Area", "Action", "Lead agency (" + partyA + ")", "Lead agency (" + partyB + ")",
                        "Timeline", "Start", "End", "Expected outcome", "Status", "Remarks");
    }

    public String status(MilestoneStatus s) {
        if (russian()) {
            return switch (s) {
                case PLANNED -> "Запланировано";
                case IN_PROGRESS -> "Выполняется";
                case DONE -> "Выполнено";
                case AT_RISK -> "Под угрозой";
                case DELAYED -> "С задержкой";
                case POSTPONED -> "Перенесено";
                case CANCELLED -> "Отменено";
            };
        }
        return switch (s) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case AT_RISK -> "At risk";
            case DELAYED -> "Delayed";
            case POSTPONED -> "Postponed";
            case CANCELLED -> "Cancelled";
        };
    }

    /** Every status name, for a list-validated cell. */
    public List<String> statuses() {
        return Arrays.stream(MilestoneStatus.values()).map(this::status).toList();
    }

    /**
     * The timeline as the plan wrote it, in the data language: "Q3 2025", "from 2025, continuous"; in Russian
     * "3 кв. 2025", "с 2025, постоянно".
     */
    public String timeline(Milestone m) {
        if (!russian()) {
            return m.timelineLabel();
        }
        if (m.ongoing()) {
            return "с " + label(m.start()) + ", постоянно";
        }
        PlanDate end = m.end();
        return end == null || end.equals(m.start()) ? label(m.start()) : label(m.start()) + " – " + label(end);
    }

    private String label(PlanDate d) {
        LocalDate date = d.date();
        return switch (d.precision()) {
            case DAY -> DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
            case MONTH -> DateTimeFormatter.ofPattern("LLL yyyy", locale).format(date);
            case QUARTER -> ((date.getMonthValue() - 1) / 3 + 1) + " кв. " + date.getYear();
            case HALF_YEAR -> (date.getMonthValue() <= 6 ? 1 : 2) + " пол. " + date.getYear();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** "Implementation matrix". */
    public String heading() {
        return russian() ? "Матрица реализации" : "Implementation matrix";
    }

    /** "Page 2 / 6". */
    public String page(int number, int count) {
        return (russian() ? "Страница " : "Page ") + number + " / " + count;
    }
}
