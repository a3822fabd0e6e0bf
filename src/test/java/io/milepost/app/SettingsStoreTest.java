package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.ChartOptions;
import io.milepost.chart.Language;
import io.milepost.chart.Palette;
import io.milepost.chart.YearStart;
import io.milepost.chart.Zoom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's preferences outlive the window, and a damaged settings file never costs them the window. */
class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void whatThePlannerChoseIsReadBackAtTheNextStart() {
        SettingsStore store = new SettingsStore(dir.resolve("home").resolve("settings.properties"));
        Settings chosen = Settings.defaults().withUiLanguage(Locale.forLanguageTag("ru"))
                .withDataLanguage(Language.SECOND).withZoom(Zoom.QUARTERS).withWeekStart(DayOfWeek.SUNDAY)
                .withYearStart(YearStart.JULY).withPalette(Palette.DARK).withBackupsToKeep(25);

        store.save(chosen);

        assertThat(new SettingsStore(store.file()).load()).isEqualTo(chosen);
        assertThat(new SettingsStore(store.file()).load().backupsToKeep()).isEqualTo(25);
    }

    @Test
    void aFirstStartHasTheDefaultsWithTenBackupsAndTheWholeRoadmapInView() {
        Settings s = new SettingsStore(dir.resolve("settings.properties")).load();

        assertThat(s).isEqualTo(Settings.defaults());
        assertThat(s.backupsToKeep()).isEqualTo(10);
        assertThat(s.zoom()).as("fit the whole roadmap").isNull();
        assertThat(s.uiLanguage()).as("the system's language").isNull();
        assertThat(s.palette()).isEqualTo(Palette.LIGHT);
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaultsForWhatCannotBeReadAndSaysSoInTheLog() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.theme=DARK\nchart.zoom=ENORMOUS\nbackups.keep=-3\ncalendar.yearStart=\u0000\u0001",
                StandardCharsets.ISO_8859_1);

        String log = stderrOf(() -> {
            Settings s = new SettingsStore(file).load();
            assertThat(s.palette()).as("what could be read is kept").isEqualTo(Palette.DARK);
            assertThat(s.zoom()).isEqualTo(Settings.defaults().zoom());
            assertThat(s.backupsToKeep()).isEqualTo(Settings.DEFAULT_BACKUPS);
            assertThat(s.yearStart()).isEqualTo(YearStart.CALENDAR);
        });

        assertThat(log).contains("chart.zoom=ENORMOUS").contains("backups.keep=-3").contains(file.toString());
    }

    @Test
    void aSettingsFileThatIsNotAFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.createDirectories(file);

        String log = stderrOf(() -> assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults()));

        assertThat(log).contains("Cannot read the settings");
    }

    @Test
    void theChosenZoomFiscalYearAndTitlesGoToTheChartsOptions() {
        Settings s = Settings.defaults().withZoom(Zoom.WEEKS).withYearStart(YearStart.JULY)
                .withDataLanguage(Language.SECOND);

        ChartOptions o = s.applyTo(ChartOptions.defaults());

        assertThat(o.zoom()).isEqualTo(Zoom.WEEKS);
        assertThat(o.yearStart()).isEqualTo(YearStart.JULY);
        assertThat(o.language()).isEqualTo(Language.SECOND);
        assertThat(Settings.defaults().applyTo(ChartOptions.defaults().withZoom(Zoom.YEARS)).zoom())
                .as("a fitted chart keeps the zoom it has").isEqualTo(Zoom.YEARS);
    }

    private static String stderrOf(Runnable action) {
        PrintStream old = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(old);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
