package org.planpress.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up tuning for {@code java -jar planpress.jar}. JRuby (inside AsciidoctorJ) starts several seconds
 * faster with the JVM settings behind {@code jruby --dev} and a class-data-sharing archive, and a jar cannot
 * set JVM flags for itself: so the first JVM starts a second one with them and passes its exit status on.
 * Skipped when the flags are already there, when not run from a jar, or with PLANPRESS_NO_FORK=1.
 */
final class Launcher {
    /**
     * JVM options of the tuned JVM (measured in bench/run; see the README's performance section): metadata
     * does not trigger collections while JRuby loads its classes, and what survives a young collection (plans,
     * kept to the end of the build) is promoted at once ({@code MaxTenuringThreshold=0}; with 1 it was copied into a
     * survivor space first and promoted at the next collection: a 10,000-plan edit rebuild collected 28 times for
     * 0.69 s instead of 14 times for 0.51 s, and took 5.34 s against 5.24 s, farm-bench, 5 pairs, 0.98; a cold
     * 1,000-plan build took the same time, 1.00, at 676 MB of peak RSS instead of 576 MB). The heap may grow to half the machine's memory (JVMs default to a quarter; a 10,000-plan
     * build peaks at about 1.8 GB): {@code -Xmx} in {@code JAVA_TOOL_OPTIONS} or on the {@code java} command line overrides it.
     * The young generation stays at most 300 MB: left to grow with the heap, it took a 1,000-plan build from 0.7 to
     * 1.26 GB of peak RSS for no gain in time (7.4-7.8 s either way). The heap starts at 6 % of the machine's memory
     * (1.4 GB of 24 GB; never above the maximum): a 10,000-plan rebuild holds some 1.2 GB of plans, and a heap that
     * grows to it step by step collected it whole four times on the way (1.9 s of a 14 s rebuild); pages of the
     * heap no object is put in are not touched, so small sites do not pay for it. No transparent huge pages: asked
     * for (with the kernel's usual {@code defrag=madvise}), a 10,000-plan edit rebuild took 7.9-8.7 s against
     * 7.1-7.5 s without (4 pairs, twice the collectors' pause time and a third more system time), and 3 or 1,000
     * plans built no faster with them (farm-bench pairs: 0.97 and 1.06).
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:MaxRAMPercentage=50",
            "-XX:InitialRAMPercentage=6",
            "-XX:MaxNewSize=300m",
            "-XX:+UseParallelGC",
            "-XX:MetaspaceSize=256m",
            "-XX:MaxTenuringThreshold=0",
            "-Xss4m",
            "-Djruby.compile.invokedynamic=false");

    private Launcher() {
    }

    static boolean shouldRespawn() {
        if (System.getProperty("planpress.launched") != null || "1".equals(System.getenv("PLANPRESS_NO_FORK"))) return false;
        if (jar() == null) return false;
        return !ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1");
    }

    /** Runs the same command in a tuned JVM and returns its exit status. */
    static int respawn(String[] args) {
        Path jar = jar();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_OPTIONS);
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments()); // the user's own options win
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceAll("\\.jar$", "") + ".jsa");
        if (Files.isRegularFile(archive) && Files.isReadable(archive)) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.add("-Xshare:auto");
            // JDK 17.0.15 maps archives at a random address by default and then relocates every pointer in
            // them: 0.2 s for this 50 MB archive. At the address it was made for (the JVM still relocates
            // when that address is taken) a start costs 0.18 s instead of 0.37 s. A JVM without the flag ignores it.
            cmd.add("-XX:+IgnoreUnrecognizedVMOptions");
            cmd.add("-XX:+UnlockDiagnosticVMOptions");
            cmd.add("-XX:ArchiveRelocationMode=0");
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
        }
        cmd.add("-Dplanpress.launched=true");
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(PlanPress.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
            return p.waitFor();
        } catch (Exception e) {
            return -1; // fall back to running in this JVM
        }
    }

    private static Path jar() {
        try {
            var src = Launcher.class.getProtectionDomain().getCodeSource();
            if (src == null) return null;
            Path p = Path.of(src.getLocation().toURI());
            return p.toString().endsWith(".jar") && new File(p.toString()).isFile() ? p : null;
        } catch (Exception e) {
            return null;
        }
    }
}
