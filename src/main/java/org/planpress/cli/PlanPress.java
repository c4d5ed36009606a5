package org.planpress.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code planpress} command line. */
@Command(name = "planpress", mixinStandardHelpOptions = true, version = "PlanPress 0.1.0",
        description = "Turns activity plans written in AsciiDoc into an intranet site and printable PDFs.",
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class PlanPress implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        if (Launcher.shouldRespawn()) {
            int status = Launcher.respawn(args);
            if (status >= 0) System.exit(status);
        }
        OutOfMemory.onAnyThread();
        System.exit(run(args, new PrintWriter(System.out, true), OutOfMemory.STANDARD_ERROR));
    }

    /** Runs a command line and returns its exit status (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        quietLogging(verbose);
        CommandLine cl = new CommandLine(new PlanPress());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (OutOfMemory.in(ex)) return OutOfMemory.report(err);
            err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (verbose) ex.printStackTrace(err);
            else err.println("(run with --verbose for details)");
            return 2;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return OutOfMemory.report(err);
        }
    }

    /** JBake, OrientDB and JRuby log through java.util.logging: keep the console to PlanPress's own lines. */
    static void quietLogging(boolean verbose) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        if (verbose) {
            java.util.logging.ConsoleHandler h = new java.util.logging.ConsoleHandler();
            h.setLevel(Level.INFO);
            root.addHandler(h);
            root.setLevel(Level.INFO);
        } else {
            root.setLevel(Level.OFF);
        }
        System.setProperty("orientdb.installCustomFormatter", "false");
        System.setProperty("log.console.level", verbose ? "info" : "severe");
        System.setProperty("log.file.level", "severe");
    }
}
