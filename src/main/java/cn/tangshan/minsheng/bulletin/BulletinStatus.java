package cn.tangshan.minsheng.bulletin;

/**
 * A bulletin is a draft (the coordinator's, editable) until it is issued (frozen, read by
 * everyone).
 */
public enum BulletinStatus {

	DRAFT, ISSUED;

	public String messageKey() {
		return "bulletin.status." + name();
	}

}
