package cn.tangshan.minsheng.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The application jar of the extracted layout (jarmode tools extract): the one jar beside
 * lib/, never a library.
 */
class ExtractedJarTests {

	@TempDir
	Path dir;

	@Test
	void theOneJarBesideTheLibraries() throws Exception {
		Files.createDirectories(this.dir.resolve("lib"));
		Files.writeString(this.dir.resolve("lib/spring-core-7.0.jar"), "");
		Files.writeString(this.dir.resolve("lib/hibernate-core-7.1.jar"), "");
		Files.writeString(this.dir.resolve("minsheng-0.1.0-SNAPSHOT.jar"), "");
		assertThat(PortalProcess.extractedJar(this.dir)).isEqualTo(this.dir.resolve("minsheng-0.1.0-SNAPSHOT.jar"));
	}

	@Test
	void noneOrTwoIsAnErrorNamingTheDirectory() throws Exception {
		Files.createDirectories(this.dir.resolve("lib"));
		Files.writeString(this.dir.resolve("lib/spring-core-7.0.jar"), "");
		assertThatIllegalStateException().isThrownBy(() -> PortalProcess.extractedJar(this.dir))
			.withMessageContaining(this.dir.toString());
		Files.writeString(this.dir.resolve("a.jar"), "");
		Files.writeString(this.dir.resolve("b.jar"), "");
		assertThatIllegalStateException().isThrownBy(() -> PortalProcess.extractedJar(this.dir))
			.withMessageContaining("a.jar");
	}

	@Test
	void aFreePortIsFoundAtOnce() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		long started = System.nanoTime();
		PortalProcess.awaitPortFree(port, Duration.ofSeconds(5));
		assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
	}

}
