package cn.tangshan.minsheng.audit;

/**
 * The outcome of checking the audit trail's hash chain.
 *
 * @param checked how many entries were read
 * @param firstBrokenId the first entry whose hash does not match its content or whose
 * link does not match the entry before it (altered, removed or inserted), or null when
 * the chain is intact
 */
public record ChainCheck(long checked, Long firstBrokenId) {

	public boolean intact() {
		return this.firstBrokenId == null;
	}

}
