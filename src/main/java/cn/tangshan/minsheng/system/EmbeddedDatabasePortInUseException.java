package cn.tangshan.minsheng.system;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's port is taken by a process that is not the orphaned server of
 * this portal's own data directory (that one is stopped by {@link OrphanedServer}).
 * Nothing is touched; {@link EmbeddedDatabaseFailureAnalyzer} tells what to do in one
 * line.
 */
class EmbeddedDatabasePortInUseException extends RuntimeException {

	private final int port;

	EmbeddedDatabasePortInUseException(int port, Path dataDir) {
		super("Port " + port + " for the embedded PostgreSQL is in use by another program (data directory " + dataDir
				+ " is not its own)");
		this.port = port;
	}

	int port() {
		return this.port;
	}

}
