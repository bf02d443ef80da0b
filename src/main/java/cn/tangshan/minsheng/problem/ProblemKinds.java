package cn.tangshan.minsheng.problem;

import java.util.List;

import cn.tangshan.minsheng.account.CurrentUser;
import cn.tangshan.minsheng.audit.AuditLog;
import cn.tangshan.minsheng.audit.AuditRecord;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The list of kinds of problem (资金, 用地, 审批手续, 环保, 施工, 其他), which the coordinator edits:
 * adds, renames, retires and restores a kind. A retired kind stays on the problems that
 * have it but is no longer offered.
 */
@Service
@Transactional
public class ProblemKinds {

	/** The longest name of a kind. */
	public static final int MAX_NAME = 20;

	private final ProblemKindRepository kinds;

	private final ProblemRepository problems;

	private final AuditLog audit;

	ProblemKinds(ProblemKindRepository kinds, ProblemRepository problems, AuditLog audit) {
		this.kinds = kinds;
		this.problems = problems;
		this.audit = audit;
	}

	/** Every kind, retired ones included, in the list's order. */
	@Transactional(readOnly = true)
	public List<KindView> all() {
		return this.kinds.findAllByOrderByPositionAscIdAsc().stream().map(ProblemKind::toView).toList();
	}

	/** The kinds a new problem may have. */
	@Transactional(readOnly = true)
	public List<KindView> active() {
		return all().stream().filter(KindView::active).toList();
	}

	/**
	 * @throws ProblemValidationException nothing stored: empty, too long or taken
	 */
	public KindView add(CurrentUser user, String name) {
		ProblemAccess.requireCoordinator(user);
		String clean = checkName(name, null);
		int position = this.kinds.findAll().size() + 1;
		ProblemKind kind = this.kinds.save(new ProblemKind(clean, position));
		this.audit.record(new AuditRecord("PROBLEM_KIND_ADDED", null, null, null, "kind", null, clean, null));
		return kind.toView();
	}

	public KindView rename(CurrentUser user, Long id, String name) {
		ProblemAccess.requireCoordinator(user);
		ProblemKind kind = this.kinds.findById(id).orElseThrow(() -> new ProblemNotFoundException("Kind " + id));
		String clean = checkName(name, id);
		String old = kind.getName();
		kind.rename(clean);
		this.audit.record(new AuditRecord("PROBLEM_KIND_RENAMED", null, null, null, "kind", old, clean, null));
		return kind.toView();
	}

	public KindView setActive(CurrentUser user, Long id, boolean active) {
		ProblemAccess.requireCoordinator(user);
		ProblemKind kind = this.kinds.findById(id).orElseThrow(() -> new ProblemNotFoundException("Kind " + id));
		kind.activate(active);
		this.audit.record(new AuditRecord(active ? "PROBLEM_KIND_RESTORED" : "PROBLEM_KIND_RETIRED", null, null, null,
				"kind", kind.getName(), String.valueOf(active), null));
		return kind.toView();
	}

	private String checkName(String name, Long id) {
		if (!StringUtils.hasText(name)) {
			throw new ProblemValidationException("name", "NotBlank");
		}
		String clean = name.strip();
		if (clean.chars().anyMatch(Character::isISOControl)) {
			throw new ProblemValidationException("name", "problem.kind.invalid");
		}
		if (clean.length() > MAX_NAME) {
			throw new ProblemValidationException("name", "problem.text.tooLong", MAX_NAME);
		}
		this.kinds.findByName(clean).filter((k) -> !k.getId().equals(id)).ifPresent((k) -> {
			throw new ProblemValidationException("name", "problem.kind.taken");
		});
		return clean;
	}

}
