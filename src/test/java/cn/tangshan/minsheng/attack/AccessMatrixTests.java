package cn.tangshan.minsheng.attack;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.tangshan.minsheng.attack.Endpoints.Endpoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static cn.tangshan.minsheng.account.PortalUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 访问控制矩阵: every endpoint the controllers map × a user of every role for whom the victim
 * county's objects are out of scope × path variables filled with that county's objects
 * (its report, evidence, supervision order and its evidence, notification, user account)
 * and the coordinator's unissued bulletin draft. Fails on
 * <ul>
 * <li>a 200 for an object path that is not on the allow-list below,</li>
 * <li>any response (page, Excel, Word, PDF, file) that carries one of the markers written
 * into the victim's texts, and</li>
 * <li>any change to the victim's stored data (a checksum of its rows before and after
 * each request, GETs included: opening a notification marks it read).</li>
 * </ul>
 * A new endpoint is attacked without editing this test; a new path variable fails with a
 * message naming it until {@link #victims} fills it.
 */
@AttackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

	static final String REPORT_MARKER = "LEAK13BREPORT";

	static final String ORDER_MARKER = "LEAK13BORDER";

	static final String EVIDENCE_MARKER = "LEAK13BEVIDENCE";

	static final String DRAFT_MARKER = "LEAK13BDRAFT";

	/**
	 * Object paths some attackers may legitimately read (200), each with why. Everything
	 * else with a victim object in its path must be refused or not found.
	 */
	static final Map<String, Set<String>> ALLOWED_READS = Map.ofEntries(
			// The plan is public to everyone signed in.
			Map.entry("GET /projects/{id}", Set.of("lubei", "DEPT", "leader", "admin", "secadmin", "auditor")),
			// A project's breakdown: the leader reads everything; a county sees the other
			// units' approved figures (no texts) of the projects it reports.
			Map.entry("GET /dashboard/projects/{projectId}", Set.of("leader", "lubei")),
			Map.entry("GET /dashboard/projects/{projectId}/print", Set.of("leader", "lubei")),
			// The leader reads every report and order (read-only).
			Map.entry("GET /reports/view/{reportId}", Set.of("leader")),
			Map.entry("GET /supervision/{id}", Set.of("leader")),
			Map.entry("GET /supervision/{id}/print", Set.of("leader")),
			Map.entry("GET /supervision/{id}/print.pdf", Set.of("leader")),
			Map.entry("GET /evidence/{id}", Set.of("leader")),
			Map.entry("GET /evidence/{id}/thumbnail", Set.of("leader")),
			Map.entry("GET /supervision/evidence/{fileId}", Set.of("leader")),
			Map.entry("GET /supervision/evidence/{fileId}/thumbnail", Set.of("leader")),
			// The system administrator manages accounts (13a's matrix splits the three
			// administrative roles).
			Map.entry("GET /admin/users/{id}", Set.of("admin")),
			// Plan years are the system administrator's (and the coordinator's) to
			// manage.
			Map.entry("GET /admin/plans/{id}/edit", Set.of("admin")),
			Map.entry("GET /admin/plans/{id}/plan.xlsx", Set.of("admin")),
			Map.entry("GET /admin/plans/{id}/start", Set.of("admin")),
			// Units are the system administrator's (a scratch unit of this suite).
			Map.entry("GET /admin/units/{id}", Set.of("admin")),
			// The security administrator manages accounts' state (this suite's scratch
			// account).
			Map.entry("GET /security/users/{id}", Set.of("secadmin")),
			// Leaders read every problem of the 问题清单 and its files (read-only).
			Map.entry("GET /problems/{id}", Set.of("leader")), Map.entry("GET /problems/{id}/print", Set.of("leader")),
			Map.entry("GET /problems/{id}/print.pdf", Set.of("leader")),
			Map.entry("GET /problems/files/{fileId}", Set.of("leader")),
			Map.entry("GET /problems/files/{fileId}/thumbnail", Set.of("leader")),
			// 政务公开 (issue #15, on in the demo for 2024): a project's public page is for
			// anyone, signed in or not; the victim's unpublished article and its photo
			// are
			// not found there.
			Map.entry("GET /public/projects/{id}", Set.of("lubei", "DEPT", "leader", "admin", "secadmin", "auditor")));

	/** Writes some attackers may make in their own scope (not the victim's data). */
	static final Map<String, Set<String>> ALLOWED_WRITES = Map.ofEntries(
			// Administrators manage accounts (RoleSeparationTests covers the three admin
			// roles): the system administrator their names and units, the security
			// administrator (on this suite's scratch account) their state and passwords.
			Map.entry("POST /admin/users/{id}", Set.of("admin")),
			Map.entry("POST /admin/users/{id}/password", Set.of("admin")),
			Map.entry("POST /admin/users/{id}/enabled", Set.of("admin")),
			Map.entry("POST /security/users/{id}/enabled", Set.of("secadmin")),
			Map.entry("POST /security/users/{id}/password", Set.of("secadmin")),
			Map.entry("POST /security/users/{id}/unlock", Set.of("secadmin")),
			Map.entry("POST /security/users/{id}/totp", Set.of("secadmin")));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	long victim;

	long project;

	String department;

	final Map<String, String> ids = new LinkedHashMap<>();

	final Map<String, Object> restore = new LinkedHashMap<>();

	final List<String> attackers = new ArrayList<>();

	final List<Map<String, Object>> unitOrder = new ArrayList<>();

	String victimUser;

	@BeforeAll
	void victims() {
		// The victim: a county with a demo supervision order; its object of that project.
		Map<String, Object> order = this.jdbc.queryForMap("""
				select o.id, o.unit_id, o.project_id from supervision_order o join unit u on u.id = o.unit_id
				where u.type = 'COUNTY' order by o.id limit 1""");
		this.victim = ((Number) order.get("unit_id")).longValue();
		this.project = ((Number) order.get("project_id")).longValue();
		this.victimUser = this.jdbc.queryForObject(
				"select username from user_account where unit_id = ? and role = 'COUNTY' order by id limit 1",
				String.class, this.victim);
		// Attackers: another county, a department not leading the project, the three
		// administrators, and the leader (reads everything, writes nothing).
		String county = this.jdbc.queryForObject("""
				select a.username from user_account a join unit u on u.id = a.unit_id
				where a.role = 'COUNTY' and a.unit_id <> ? and a.username = 'lubei'""", String.class, this.victim);
		this.department = this.jdbc.queryForObject("""
				select a.username from user_account a where a.role = 'DEPARTMENT' and a.unit_id not in
				(select unit_id from project_lead where project_id = ?) order by a.id limit 1""", String.class,
				this.project);
		this.attackers.addAll(List.of(county, this.department, "admin", "secadmin", "auditor", "leader"));
		assertThat(this.victimUser).isNotEqualTo(county);

		Long report = this.jdbc.queryForObject(
				"select id from report where unit_id = ? and project_id = ? order by period desc limit 1", Long.class,
				this.victim, this.project);
		this.restore.put("report",
				this.jdbc.queryForMap("select progress_text, problems_text from report where id = ?", report));
		this.jdbc.update("update report set progress_text = ?, problems_text = ? where id = ?", REPORT_MARKER,
				REPORT_MARKER, report);
		this.restore.put("order",
				this.jdbc.queryForMap("select problem from supervision_order where id = ?", order.get("id")));
		this.jdbc.update("update supervision_order set problem = ? where id = ?", ORDER_MARKER, order.get("id"));
		byte[] pdf = ("%PDF-1.4\n% " + EVIDENCE_MARKER + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		Long evidence = this.jdbc.queryForObject("""
				insert into evidence (report_id, file_name, content_type, size_bytes, content, uploaded_at)
				values (?, ?, 'application/pdf', ?, ?, now()) returning id""", Long.class, report,
				EVIDENCE_MARKER + ".pdf", pdf.length, pdf);
		Long orderEvidence = this.jdbc.queryForObject("""
				insert into supervision_evidence (order_id, file_name, content_type, size_bytes, content, uploaded_at)
				values (?, ?, 'application/pdf', ?, ?, now()) returning id""", Long.class, order.get("id"),
				EVIDENCE_MARKER + ".pdf", pdf.length, pdf);
		Long notification = this.jdbc.queryForObject("""
				insert into notification (unit_id, kind, period, created_at, link)
				values (?, 'REPORT_RETURNED', date '2024-02-01', now(), '/reports?month=2024-02') returning id""",
				Long.class, this.victim);
		Long draft = this.jdbc.queryForObject("""
				insert into bulletin (plan_id, period, status, texts, created_at, updated_at)
				select id, date '2024-05-01', 'DRAFT', jsonb_build_object('title', ?::text), now(), now()
				from plan where status = 'ACTIVE' limit 1 returning id""", Long.class, DRAFT_MARKER);
		Long account = this.jdbc.queryForObject("select id from user_account where username = ?", Long.class,
				this.victimUser);
		this.restore.put("evidence", evidence);
		this.restore.put("orderEvidence", orderEvidence);
		this.restore.put("notification", notification);
		this.restore.put("draft", draft);
		this.restore.put("reportId", report);
		this.restore.put("orderId", order.get("id"));

		// Path variables by name and place: the victim's objects.
		this.ids.put("/reports/view/{reportId}", report.toString());
		this.ids.put("/reports/{reportId}", report.toString());
		this.ids.put("/reviews/{reportId}", report.toString());
		this.ids.put("/reports/{projectId}", String.valueOf(this.project));
		this.ids.put("/dashboard/projects/{projectId}", String.valueOf(this.project));
		this.ids.put("/projects/{id}", String.valueOf(this.project));
		this.ids.put("/evidence/{id}", evidence.toString());
		this.ids.put("/supervision/evidence/{fileId}", orderEvidence.toString());
		this.ids.put("/supervision/{id}", order.get("id").toString());
		this.ids.put("/notifications/{id}", notification.toString());
		this.ids.put("/bulletins/{id}", draft.toString());
		this.ids.put("/admin/users/{id}", account.toString());
		// Administrative objects: the plan in force, and a scratch unit and account of
		// this
		// suite, so that an administrator's legitimate changes touch nothing another test
		// reads.
		this.ids.put("/admin/plans/{id}",
				this.jdbc.queryForObject("select id::text from plan where status = 'ACTIVE'", String.class));
		Long scratchUnit = this.jdbc.queryForObject("""
				insert into unit (code, name, short_name, type, sort_order)
				values ('attack', '攻击测试单位', '攻击测试', 'COUNTY', 999) returning id""", Long.class);
		Long scratchAccount = this.jdbc.queryForObject(
				"""
						insert into user_account (username, password_hash, display_name, role, unit_id, created_at, password_changed_at)
						values ('attack-scratch', '{noop}unused', '攻击测试账号', 'COUNTY', ?, now(), now()) returning id""",
				Long.class, this.victim);
		this.restore.put("scratchUnit", scratchUnit);
		this.unitOrder.addAll(this.jdbc.queryForList("select id, sort_order from unit"));
		this.restore.put("scratchAccount", scratchAccount);
		this.ids.put("/admin/units/{id}", scratchUnit.toString());
		this.ids.put("/admin/backups/{name}", "minsheng-20240101-000000000.tar.gz");
		this.ids.put("/security/users/{id}", scratchAccount.toString());
		this.ids.put("/security/requests/{id}", "1");
		this.ids.put("/security/requests/{decision}", "approve");
		// A problem the victim raised, assigned to a lead department of its project (not
		// the attacking department), with a file.
		Long problem = this.jdbc.queryForObject("""
				insert into problem (plan_year, number, project_id, kind_id, title, description, raised_by_unit_id,
				  wanted_by, responsible_unit_id, deadline, status, created_at, updated_at)
				select 2024, 9000, ?, (select min(id) from problem_kind), '攻击测试问题', ?, ?, date '2024-08-01',
				  (select unit_id from project_lead where project_id = ? order by position limit 1), date '2024-08-01',
				  'IN_PROGRESS', now(), now() returning id""", Long.class, this.project, REPORT_MARKER, this.victim,
				this.project);
		Long problemFile = this.jdbc.queryForObject("""
				insert into problem_file (problem_id, stage, file_name, content_type, size_bytes, content, uploaded_at)
				values (?, 'RAISED', ?, 'application/pdf', ?, ?, now()) returning id""", Long.class, problem,
				EVIDENCE_MARKER + ".pdf", pdf.length, pdf);
		this.restore.put("problem", problem);
		this.ids.put("/problems/{id}", problem.toString());
		this.ids.put("/problems/files/{fileId}", problemFile.toString());
		// 典型经验 (issue #15): the victim's draft article with a photo, its marker in the
		// text; the public pages get the same ids (unpublished: not found).
		Long experience = this.jdbc.queryForObject("""
				insert into experience (plan_year, project_id, unit_id, title, body, status, created_at, updated_at)
				values (2024, ?, ?, '攻击测试经验', ?, 'DRAFT', now(), now()) returning id""", Long.class, this.project,
				this.victim, REPORT_MARKER);
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		Long experiencePhoto = this.jdbc.queryForObject("""
				insert into experience_photo (experience_id, file_name, content_type, size_bytes, content, uploaded_at)
				values (?, ?, 'image/png', ?, ?, now()) returning id""", Long.class, experience,
				EVIDENCE_MARKER + ".png", png.length, png);
		this.restore.put("experience", experience);
		this.ids.put("/experience/{id}", experience.toString());
		this.ids.put("/experience/photos/{photoId}", experiencePhoto.toString());
		this.ids.put("/public/projects/{id}", String.valueOf(this.project));
		this.ids.put("/public/experience/{id}", experience.toString());
		this.ids.put("/public/photos/{id}", experiencePhoto.toString());
		this.ids.put("/problems/kinds/{id}",
				this.jdbc.queryForObject("select max(id)::text from problem_kind", String.class));
	}

	@AfterAll
	void restoreDemoData() {
		Map<?, ?> report = (Map<?, ?>) this.restore.get("report");
		this.jdbc.update("update report set progress_text = ?, problems_text = ? where id = ?",
				report.get("progress_text"), report.get("problems_text"), this.restore.get("reportId"));
		this.jdbc.update("update supervision_order set problem = ? where id = ?",
				((Map<?, ?>) this.restore.get("order")).get("problem"), this.restore.get("orderId"));
		this.jdbc.update("delete from evidence where id = ?", this.restore.get("evidence"));
		this.jdbc.update("delete from supervision_evidence where id = ?", this.restore.get("orderEvidence"));
		this.jdbc.update("delete from notification where id = ?", this.restore.get("notification"));
		this.jdbc.update("delete from bulletin where id = ?", this.restore.get("draft"));
		this.jdbc.update("delete from user_account where id = ?", this.restore.get("scratchAccount"));
		this.jdbc.update("delete from problem where id = ?", this.restore.get("problem"));
		this.jdbc.update("delete from experience where id = ?", this.restore.get("experience"));
		this.jdbc.update("delete from unit where id = ?", this.restore.get("scratchUnit"));
		// Moving the scratch unit swaps it with a neighbour: every unit back in its
		// place.
		for (Map<String, Object> unit : this.unitOrder) {
			this.jdbc.update("update unit set sort_order = ? where id = ?", unit.get("sort_order"), unit.get("id"));
		}
	}

	/** The markers are where the suite looks: their owners do see them. */
	@Test
	void theOwnersSeeTheMarkers() throws Exception {
		assertThat(
				text(this.mvc.perform(get("/reports/view/" + this.restore.get("reportId")).with(user(this.victimUser)))
					.andReturn()
					.getResponse()))
			.contains(REPORT_MARKER, EVIDENCE_MARKER);
		assertThat(text(this.mvc.perform(get("/supervision/" + this.restore.get("orderId")).with(user(this.victimUser)))
			.andReturn()
			.getResponse())).contains(ORDER_MARKER);
		assertThat(text(this.mvc.perform(get("/evidence/" + this.restore.get("evidence")).with(user(this.victimUser)))
			.andReturn()
			.getResponse())).contains(EVIDENCE_MARKER);
		assertThat(text(this.mvc.perform(get("/bulletins/" + this.restore.get("draft") + "/print").with(user("fgw")))
			.andReturn()
			.getResponse())).contains(DRAFT_MARKER);
	}

	@Test
	void noRoleReadsOrChangesAnotherUnitsObjects() throws Exception {
		List<Endpoint> endpoints = Endpoints.all(this.context);
		assertThat(endpoints).hasSizeGreaterThan(60);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Endpoint endpoint : endpoints) {
			if (endpoint.pattern().startsWith("/login")) {
				continue;
			}
			String path = path(endpoint);
			for (String attacker : this.attackers) {
				String role = attacker.equals(this.department) ? "DEPT" : attacker;
				String before = checksum();
				MockHttpServletResponse response = this.mvc.perform(request(endpoint, path, attacker))
					.andReturn()
					.getResponse();
				requests++;
				String where = endpoint + " as " + attacker + " (" + path + ")";
				if (response.getStatus() >= 500) {
					failures.add(where + ": " + response.getStatus());
				}
				String body = text(response);
				for (String marker : markers(role)) {
					if (body.contains(marker)) {
						failures.add(where + ": shows the victim's " + marker);
					}
				}
				boolean objectPath = !endpoint.variables().isEmpty();
				if (endpoint.isGet() && objectPath && response.getStatus() == 200
						&& !ALLOWED_READS.getOrDefault(endpoint.toString(), Set.of()).contains(role)) {
					failures.add(where + ": 200 for another unit's object");
				}
				if (!before.equals(checksum())
						&& !ALLOWED_WRITES.getOrDefault(endpoint.toString(), Set.of()).contains(role)) {
					failures.add(where + ": changed the victim's stored data");
				}
			}
		}
		System.out.printf("access matrix: %d endpoints, %d requests%n", endpoints.size(), requests);
		assertThat(failures).as("access-control failures").isEmpty();
	}

	/** The leader reads reports and orders; nobody but the coordinator reads a draft. */
	private List<String> markers(String role) {
		return role.equals("leader") ? List.of(DRAFT_MARKER)
				: List.of(REPORT_MARKER, ORDER_MARKER, EVIDENCE_MARKER, DRAFT_MARKER);
	}

	private String path(Endpoint endpoint) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String variable : endpoint.variables()) {
			String value = null;
			for (Map.Entry<String, String> id : this.ids.entrySet()) {
				String prefix = id.getKey();
				if (prefix.endsWith("{" + variable + "}")
						&& endpoint.pattern().startsWith(prefix.substring(0, prefix.indexOf('{')))) {
					value = id.getValue();
				}
			}
			assertThat(value)
				.as("no victim object for {%s} in %s: add one to AccessMatrixTests.victims()", variable,
						endpoint.pattern())
				.isNotNull();
			values.put(variable, value);
		}
		return endpoint.expand(values);
	}

	/**
	 * The request as a form would send it, every parameter filled with something that
	 * points at the victim (its unit, project, objects) or plausible text.
	 */
	private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, String path, String attacker) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.isGet()) {
			request = get(path);
		}
		else if (endpoint.multipart()) {
			request = multipart(path).file(new MockMultipartFile("file", "a.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		}
		else {
			request = post(path);
		}
		for (String name : endpoint.parameters()) {
			request.param(name, value(name));
		}
		request.with(user(attacker));
		return endpoint.isGet() ? request : request.with(csrf());
	}

	private String value(String name) {
		String n = name.toLowerCase();
		if (n.contains("version")) {
			return "0";
		}
		if (n.contains("month") || n.contains("period")) {
			return "2024-06";
		}
		if (n.contains("unit")) {
			return String.valueOf(this.victim);
		}
		if (n.contains("project")) {
			return String.valueOf(this.project);
		}
		if (n.contains("report")) {
			return this.restore.get("reportId").toString();
		}
		if (n.contains("deadline") || n.contains("until") || n.contains("date")) {
			return "2024-08-01";
		}
		if (n.equals("action")) {
			return "submit";
		}
		if (n.contains("role")) {
			return "COORDINATOR";
		}
		if (n.contains("enabled") || n.contains("confirm")) {
			return "true";
		}
		if (n.endsWith("id")) {
			return this.restore.get("orderId").toString();
		}
		return "ATTACK13B";
	}

	/**
	 * The victim's stored state: its reports, values, evidence, orders and their history,
	 * notifications, allocations and extensions, its account; and everything only the
	 * coordinator writes (bulletins, progress settings, counters).
	 */
	private String checksum() {
		String sql = """
				select md5(concat_ws('#',
				  (select string_agg(r::text, '|' order by r.id) from report r where r.unit_id = :v),
				  (select string_agg(x::text, '|' order by x.id) from report_value x join report r on r.id = x.report_id where r.unit_id = :v),
				  (select string_agg(e.id || ':' || e.file_name || ':' || e.size_bytes, '|' order by e.id) from evidence e join report r on r.id = e.report_id where r.unit_id = :v),
				  (select string_agg(o::text, '|' order by o.id) from supervision_order o),
				  (select string_agg(x::text, '|' order by x.id) from supervision_event x),
				  (select string_agg(e.id || ':' || e.file_name, '|' order by e.id) from supervision_evidence e),
				  (select string_agg(x::text, '|' order by x.id) from notification x where x.unit_id = :v),
				  (select string_agg(x::text, '|' order by x.id) from allocation x where x.unit_id = :v),
				  (select string_agg(x::text, '|' order by x.id) from extension x),
				  (select string_agg(x::text, '|' order by x.id) from problem x where x.raised_by_unit_id = :v),
				  (select string_agg(x::text, '|' order by x.id) from problem_event x),
				  (select string_agg(x::text, '|' order by x.id) from problem_kind x),
				  (select string_agg(x::text, '|' order by x.id) from experience x where x.unit_id = :v),
				  (select string_agg(x.id || ':' || x.file_name, '|' order by x.id) from experience_photo x where x.experience_id in (select id from experience where unit_id = :v)),
				  (select string_agg(x::text, '|') from public_page x),
				  (select string_agg(x::text, '|' order by x.id) from bulletin x),
				  (select string_agg(x::text, '|') from bulletin_counter x),
				  (select string_agg(x::text, '|') from supervision_counter x),
				  (select string_agg(x::text, '|') from progress_settings x),
				  (select string_agg(x::text, '|') from expected_progress x),
				  (select string_agg(a.id || a.username || a.password_hash || a.role || a.unit_id || a.enabled, '|' order by a.id)
				     from user_account a where a.unit_id = :v)))""";
		return this.jdbc.queryForObject(sql.replace(":v", String.valueOf(this.victim)), String.class);
	}

	/** What a response shows: the page, a CSV, the text of a PDF or of an Office file. */
	static String text(MockHttpServletResponse response) throws Exception {
		byte[] body = response.getContentAsByteArray();
		String type = (response.getContentType() != null) ? response.getContentType() : "";
		if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
			StringBuilder all = new StringBuilder();
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return all.toString();
		}
		if (type.contains("pdf") && body.length > 100) {
			try (PDDocument pdf = Loader.loadPDF(body)) {
				return new PDFTextStripper().getText(pdf) + new String(body, StandardCharsets.ISO_8859_1);
			}
			catch (Exception ex) {
				return new String(body, StandardCharsets.ISO_8859_1);
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
