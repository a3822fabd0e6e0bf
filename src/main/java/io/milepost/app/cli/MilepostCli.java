package io.milepost.app.cli;

import io.milepost.app.AboutMilepost;
import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: the same jar that shows the window writes the sample and checks documents, with no display.
 * Exit codes: 0 success, 2 usage error, 3 bad or unreadable input, 4 input/output failure, 5 merge conflicts left
 * for the window. Expected failures are
 * one line on standard error, never a stack trace.
 */
@Command(name = "milepost", mixinStandardHelpOptions = true, versionProvider = MilepostCli.Version.class,
        description = "Offline planner for cooperation roadmaps. Without a command, opens the window.",
        subcommands = {SampleCommand.class, CheckCommand.class, ExportCommand.class, ImportCommand.class,
                ProgressCommand.class, BackupsCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class MilepostCli {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int IO_FAILURE = 4;
    public static final int CONFLICTS = 5;

    /**
     * Whether the arguments are for the command line rather than the window. The window takes at most one argument,
     * a document; anything else — an option, a command, a second argument, a word that is neither an existing file
     * nor a {@code .milepost} name (a mistyped command) — goes to the command line, which explains what is wrong
     * instead of opening a window that cannot open "chek".
     */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (args.length > 1 || first.startsWith("-")
                || new CommandLine(new MilepostCli()).getSubcommands().containsKey(first)) {
            return true;
        }
        return !first.toLowerCase(Locale.ROOT).endsWith(".milepost") && !isExistingFile(first);
    }

    private static boolean isExistingFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * The exit code for a document that could not be read or written: 4 when the trouble is the file system's or
     * another program's (a disk or folder that fails, a document open for editing elsewhere, a read-only file), 3
     * when it is the document's own (not a roadmap, newer, damaged, refused as inconsistent).
     */
    static int exitCodeOf(DocumentException e) {
        return switch (e.reason()) {
            case IO, LOCKED, READ_ONLY, STALE -> IO_FAILURE;
            default -> BAD_INPUT;
        };
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MilepostCli());
        cli.setResourceBundle(helpTexts(Messages.ui().locale()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof DocumentException de) {
                err.println("milepost: " + TerminalText.safe(de.getMessage()));
                return exitCodeOf(de);
            }
            throw e;
        });
        cli.setParameterExceptionHandler(MilepostCli::badArguments);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A command line picocli could not take, told in the planner's language: what is missing or unknown, then how the
     * command is used, or the value an option cannot take. Anything else keeps picocli's own sentence.
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String said;
        if (e instanceof CommandLine.MissingParameterException missing) {
            said = Messages.text("cli.args.missing", String.join(", ", missing.getMissing().stream()
                    .map(MilepostCli::nameOf).toList()));
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            said = Messages.text("cli.args.unknown", String.join(" ", unmatched.getUnmatched()));
        } else if (e.getArgSpec() != null && e.getValue() != null) {
            Class<?> type = e.getArgSpec().type();
            boolean number = type == int.class || type == Integer.class || type == long.class || type == Long.class;
            said = Messages.text(number ? "cli.args.notNumber" : "cli.args.invalid", nameOf(e.getArgSpec()),
                    e.getValue());
        } else {
            said = e.getMessage();
        }
        err.println("milepost: " + TerminalText.safe(said));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cmd.usage(err);
        }
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String nameOf(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /**
     * The words of {@code --help} in a language (English or Russian), from {@code io/milepost/i18n/cli_<lang>}; the
     * annotations' own descriptions are the same English, for tools that read them without the bundle.
     */
    static ResourceBundle helpTexts(Locale language) {
        return ResourceBundle.getBundle("io.milepost.i18n.cli", Messages.in(language).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Said instead of a JavaFX stack trace when the window is asked for on a machine with no display. */
    public static void exitWithoutDisplay() {
        System.err.println("milepost: " + Messages.text("cli.noDisplay"));
        System.exit(IO_FAILURE);
    }

    /** The version Maven filters into {@code version.properties}, else the jar manifest's, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Milepost " + version()};
        }

        static String version() {
            return AboutMilepost.version();
        }
    }
}
