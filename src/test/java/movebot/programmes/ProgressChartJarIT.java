package movebot.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart drawn from the shaded jar, in a JVM of its own with no display and no headless flag:
 * proves the jar holds everything PNG rendering needs (the vector-export libraries XChart would
 * bring are left out of it) and that {@link ProgressChart} makes AWT headless by itself.
 */
class ProgressChartJarIT {
  @Test
  void theShadedJarRendersTheChart(@TempDir Path dir) throws Exception {
    Path jar = Path.of(System.getProperty("movebot.jar", "target/movebot.jar"));
    assertTrue(Files.exists(jar), jar + " is missing: run `./mvnw -B verify`, which packages it first");
    // Only the example's own class comes from here; ProgressChart and XChart come from the jar.
    Path testClasses = Path.of(ProgressChartExample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path png = dir.resolve("chart.png");
    Path log = dir.resolve("out.log");

    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    jar.toAbsolutePath() + File.pathSeparator + testClasses,
                    ProgressChartExample.class.getName(),
                    png.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    Process process = builder.start();

    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running after 60 s");
    assertEquals(0, process.exitValue(), Files.readString(log));
    BufferedImage image = ProgressChartTest.decode(Files.readAllBytes(png));
    assertEquals(ProgressChart.WIDTH, image.getWidth());
    assertEquals(ProgressChart.HEIGHT, image.getHeight());
  }
}
