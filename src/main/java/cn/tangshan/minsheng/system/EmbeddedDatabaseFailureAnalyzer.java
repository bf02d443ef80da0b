package cn.tangshan.minsheng.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * One clear line, in Chinese and English, instead of a stack trace when the embedded
 * PostgreSQL's port belongs to another program.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabasePortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabasePortInUseException cause) {
		int port = cause.port();
		return new FailureAnalysis(
				"内嵌数据库端口 " + port + " 已被其他程序占用（不是本门户数据目录的数据库，未做任何处理）。" + " / Port " + port
						+ " of the embedded PostgreSQL is used by another program (not this portal's"
						+ " database; left untouched).",
				"请停止占用端口 " + port + " 的程序，或设置 EMBEDDED_DB_PORT 为空闲端口后重新启动。 / Stop the program on port " + port
						+ " or set EMBEDDED_DB_PORT to a free port, then start again.",
				cause);
	}

}
