package io.milepost.io.matrix;

import io.milepost.model.MilestoneStatus;
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
                case DELAYED -> "Отложено";
                case CANCELLED -> "Отменено";
            };
        }
        return switch (s) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case AT_RISK -> "At risk";
            case DELAYED -> "Delayed";
            case CANCELLED -> "Cancelled";
        };
    }

    /** Every status name, for a list-validated cell. */
    public List<String> statuses() {
        return Arrays.stream(MilestoneStatus.values()).map(this::status).toList();
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
