package org.planpress.cli;

/**
 * Prints the options of the JVM the launcher starts, on one line (for {@code bench/run}, which gives the same
 * settings to a second run of the reference).
 */
public final class JvmOptions {
    private JvmOptions() {
    }

    public static void main(String[] args) {
        System.out.println(String.join(" ", Launcher.JVM_OPTIONS));
    }
}
