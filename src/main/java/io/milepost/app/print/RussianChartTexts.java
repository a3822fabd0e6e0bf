package io.milepost.app.print;

import io.milepost.chart.ChartTexts;
import io.milepost.model.MilestoneStatus;

/** The words a printed chart writes itself — legend and label column — for a roadmap printed in Russian. */
final class RussianChartTexts implements ChartTexts {

    static final RussianChartTexts INSTANCE = new RussianChartTexts();

    private RussianChartTexts() {
    }

    @Override
    public String status(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> "Запланировано";
            case IN_PROGRESS -> "Выполняется";
            case DONE -> "Выполнено";
            case AT_RISK -> "Под угрозой";
            case DELAYED -> "С задержкой";
            case POSTPONED -> "Перенесено";
            case CANCELLED -> "Отменено";
        };
    }

    @Override
    public String noSector() {
        return "Без направления";
    }

    @Override
    public String noCommission() {
        return "Без комиссии";
    }

    @Override
    public String milestone() {
        return "Контрольная точка";
    }

    @Override
    public String meeting() {
        return "Встреча";
    }

    @Override
    public String datedToPeriod() {
        return "Срок указан месяцем, кварталом или годом";
    }

    @Override
    public String baseline() {
        return "Исходный план";
    }

    @Override
    public String today() {
        return "Сегодня";
    }

    @Override
    public String dependency() {
        return "Зависимость";
    }

    @Override
    public String labelColumnTitle() {
        return "Мероприятие";
    }
}
