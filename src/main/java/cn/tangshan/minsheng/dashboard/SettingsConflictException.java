package cn.tangshan.minsheng.dashboard;

/**
 * The progress settings were saved by someone else since the form was opened; the form is
 * shown again with the user's input and a message.
 */
public class SettingsConflictException extends RuntimeException {

	SettingsConflictException(Long planId) {
		super("The progress settings of plan " + planId + " changed in the meantime");
	}

}
