package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A planner whose system speaks Russian types {@code milepost --help}: every command and every option is described in
 * Russian, from {@code cli_ru.properties}; the English bundle says exactly what the annotations say, so the two cannot
 * drift apart.
 */
class HelpInTwoLanguagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    @AfterEach
    void systemLanguageAgain() {
        Messages.useForUi(null);
    }

    @Test
    void aCommandLineMissingItsFileOrWithAnUnknownOptionIsRefusedInRussianWithTheUsage() {
        Messages.useForUi(RUSSIAN);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MilepostCli.run(new String[] {"export", "--format", "pdf"}, new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("milepost: Не указано: --out, FILE").contains("Использование:")
                .doesNotContain("Missing");

        StringWriter err2 = new StringWriter();
        int code2 = MilepostCli.run(new String[] {"export", "roadmap.milepost", "--format", "pdf", "--out", "x.pdf",
                "--colour"}, new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertThat(code2).isEqualTo(2);
        assertThat(err2.toString()).contains("У этой команды нет такого параметра или аргумента: --colour")
                .doesNotContain("Unknown option");
    }

    @Test
    void aNumberOptionGivenWordsAndAnUnknownPaperAreRefusedInRussian(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        assertThat(MilepostCli.run(new String[] {"sample", file.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        Messages.useForUi(RUSSIAN);
        StringWriter err = new StringWriter();
        int code = MilepostCli.run(new String[] {"export", file.toString(), "--format", "png", "--dpi", "много",
                "--out", dir.resolve("x.png").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--dpi: нужно целое число, а не «много»").doesNotContain("Invalid value");

        StringWriter err2 = new StringWriter();
        int code2 = MilepostCli.run(new String[] {"export", file.toString(), "--format", "pdf", "--paper", "Q9",
                "--out", dir.resolve("x.pdf").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertThat(code2).isEqualTo(2);
        assertThat(err2.toString()).contains("--paper: одно из a4, a3").contains("а не «Q9»")
                .doesNotContain("unknown paper");
    }

    @Test
    void theSameRefusalInEnglish() {
        Messages.useForUi(Locale.ENGLISH);
        StringWriter err = new StringWriter();
        int code = MilepostCli.run(new String[] {"export", "--format", "pdf"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("milepost: Missing: --out, FILE").contains("Usage:");
    }

    @Test
    void bothHelpBundlesHaveTheSameKeys() {
        ResourceBundle en = MilepostCli.helpTexts(Locale.ENGLISH);
        ResourceBundle ru = MilepostCli.helpTexts(RUSSIAN);
        assertThat(ru.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(ru.getLocale().getLanguage()).isEqualTo("ru");
    }

    @Test
    void everyCommandAndOptionIsDescribedInRussian() {
        List<String> english = new ArrayList<>();
        eachDescription(RUSSIAN, (what, text) -> {
            if (!text.matches("(?s).*[а-яА-Я].*")) {
                english.add(what + ": " + text);
            }
        });
        assertThat(english).as("descriptions left in English").isEmpty();
    }

    @Test
    void theEnglishHelpSaysWhatTheAnnotationsSay() {
        List<String> annotated = new ArrayList<>();
        eachDescription(null, (what, text) -> annotated.add(what + ": " + text));
        List<String> bundled = new ArrayList<>();
        eachDescription(Locale.ENGLISH, (what, text) -> bundled.add(what + ": " + text));
        assertThat(bundled).isEqualTo(annotated);
    }

    @Test
    void helpOfTheExportCommandReadsRussianUnderARussianWindow() {
        Messages.useForUi(RUSSIAN);
        StringWriter out = new StringWriter();
        int code = MilepostCli.run(new String[] {"export", "--help"}, new PrintWriter(out), new PrintWriter(
                new StringWriter()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Использование: milepost export")
                .contains("экспортируемый документ .milepost")
                .contains("Показать эту справку и выйти.")
                .doesNotContain("Usage:").doesNotContain("Show this help message");
    }

    /** Each command's description and each option's and parameter's, as picocli shows them in a language. */
    private static void eachDescription(Locale language, BiConsumer<String, String> visit) {
        CommandLine cli = new CommandLine(new MilepostCli());
        if (language != null) {
            cli.setResourceBundle(MilepostCli.helpTexts(language));
        }
        visit(cli, visit);
    }

    private static void visit(CommandLine cli, BiConsumer<String, String> visit) {
        CommandSpec spec = cli.getCommandSpec();
        String name = spec.qualifiedName();
        visit.accept(name, String.join(" ", spec.usageMessage().description()));
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            visit.accept(name + " " + arg.paramLabel(), String.join(" ", arg.description()));
        }
        cli.getSubcommands().values().forEach(sub -> visit(sub, visit));
    }
}
