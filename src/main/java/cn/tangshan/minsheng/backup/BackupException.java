package cn.tangshan.minsheng.backup;

/**
 * A backup that could not be taken or restored; the message is one line in Chinese and
 * English saying what is missing or what went wrong.
 */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(message);
	}

	public BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
