package cn.tangshan.minsheng.supervision;

/**
 * What happened to an order, as its history lists it.
 */
public enum SupervisionAction {

	ISSUED, ANSWERED, RETURNED, CLOSED, REMINDED;

	public String messageKey() {
		return "supervision.action." + name();
	}

}
