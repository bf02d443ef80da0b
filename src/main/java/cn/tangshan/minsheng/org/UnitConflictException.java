package cn.tangshan.minsheng.org;

/**
 * The unit was changed by someone else since the form was built: nothing stored.
 */
public class UnitConflictException extends RuntimeException {

	UnitConflictException() {
		super("Unit changed meanwhile");
	}

}
