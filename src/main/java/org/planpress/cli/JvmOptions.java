package org.planpress.cli;

/**
 * Prints the options of the JVM the launcher starts, on one line (for {@code bench/run}, which gives the same
 * settings to a second run of the reference).
 */
public final class JvmOptions {
    private JvmOptions() {
    }

    public static void main(String[] args) {
        java.util.List<String> all = new java.util.ArrayList<>(Launcher.JVM_OPTIONS);
        all.addAll(Launcher.hugePages());
        System.out.println(String.join(" ", all));
    }
}
