package cn.tangshan.minsheng.account;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user may do in the portal. Every user also belongs to exactly one unit, which
 * scopes what the role reaches.
 */
public enum Role {

	/** System administrator: accounts, units, plans. */
	ADMIN,
	/** 牵头单位 (市发改委): watches the whole plan, chases, issues bulletins. */
	COORDINATOR,
	/** 责任单位: a city department leading projects and reviewing county reports. */
	DEPARTMENT,
	/** 填报单位: a county-level unit entering monthly progress. */
	COUNTY,
	/** City leaders: read-only. */
	LEADER,
	/** 安全管理员: password and session policy, unlocking, enabling and role approval. */
	SECURITY,
	/** 审计管理员: reads and exports the security audit trail, nothing else. */
	AUDITOR;

	/**
	 * 三员: the system, security and audit administrators. None of them enters, reviews or
	 * reads reported data.
	 */
	public boolean isAdministrative() {
		return this == ADMIN || this == SECURITY || this == AUDITOR;
	}

	GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
