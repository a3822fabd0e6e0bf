package io.milepost.ui.dialog;

import io.milepost.i18n.DateWords;
import io.milepost.model.WrittenDates;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A day in a date picker as the window writes days everywhere else ("2 Dec 2026", "2 дек. 2026"), read back from
 * anything the planner may type: that, ISO ("2026-12-02"), a month or a period (its first day). Text that is no date
 * leaves the picker's day as it was rather than clearing it; an empty field clears it.
 */
public final class DayConverter extends StringConverter<LocalDate> {

    private final DatePicker picker;

    private DayConverter(DatePicker picker) {
        this.picker = picker;
    }

    /** Sets the converter on a picker, which it keeps when what is typed is not a day. */
    public static DatePicker on(DatePicker picker) {
        picker.setConverter(new DayConverter(picker));
        return picker;
    }

    @Override
    public String toString(LocalDate day) {
        return day == null ? "" : DateWords.ui().day(day);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return WrittenDates.parse(text.strip()).firstDay();
        } catch (IllegalArgumentException e) {
            return picker.getValue();
        }
    }
}
