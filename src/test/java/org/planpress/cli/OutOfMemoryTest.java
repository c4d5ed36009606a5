package org.planpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.planpress.bench.PlanGenerator;

/** A JVM that runs out of heap says so in one line, with the setting that gives it more; the launcher sizes the heap from the machine. */
class OutOfMemoryTest {

    @Test
    void runningOutOfHeapIsOneLineSayingHowToGiveMore() throws Exception {
        Path src = Files.createTempDirectory("pp-oom-src");
        PlanGenerator.main(new String[] {"300", src.toString()});
        Path out = Files.createTempDirectory("pp-oom-out").resolve("site");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                PlanPress.class.getName(), "build", "--no-pdf", "--source", src.toString(), "--output", out.toString())
                .redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] stdout = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err + new String(stdout, StandardCharsets.UTF_8));
        List<String> lines = err.lines().filter(l -> !l.isBlank() && !l.startsWith("Picked up")).toList();
        assertEquals(1, lines.size(), "one line: " + err);
        assertTrue(lines.get(0).startsWith("error: out of memory"), err);
        assertTrue(lines.get(0).contains("JAVA_TOOL_OPTIONS=-Xmx"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(out), "nothing published");
    }

    @Test
    void theLauncherSizesTheHeapFromTheMachine() {
        assertTrue(Launcher.JVM_OPTIONS.stream().noneMatch(o -> o.startsWith("-Xmx")), Launcher.JVM_OPTIONS.toString());
        assertTrue(Launcher.JVM_OPTIONS.contains("-XX:MaxRAMPercentage=50"), Launcher.JVM_OPTIONS.toString());
    }
}
