package cn.tangshan.minsheng.attack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.tangshan.minsheng.attack.Endpoints.Endpoint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static cn.tangshan.minsheng.account.PortalUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 入侵防范 / bad input: every parameter of every endpoint (collected from the handlers'
 * {@code @RequestParam}s and form records) gets each hostile value in turn, every path
 * variable gets malformed ids, and a list of specific cases (duplicated and missing
 * version fields, uploads with the wrong content, a PNG decompression bomb, an .xlsx zip
 * bomb). Fails on any 5xx, on a stack trace or exception text in a response, and on a
 * stored change from a refused request (one that was not redirected as a success).
 */
@AttackTest
class BadInputTests {

	static final String MEGABYTE = "长".repeat(1024 * 1024 / 3);

	/** Hostile values for every parameter. */
	static final List<String> VALUES = List.of(MEGABYTE, "a\u0000b", "\u0000", "\uD800", "\uFFFE\uFFFF",
			"😀👨‍👩‍👧‍👦", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1' --",
			"1; drop table report; --", "1e309", "NaN", "-Infinity", "-1", "9223372036854775808",
			"-9223372036854775809", "0.000000000000000000001", "2024-13", "2024-00", "0000-01", "99999-01", "2024-6-31",
			" ", "", "../../../../etc/passwd", "%00%ff", "{{7*7}}${7*7}", "=cmd|' /C calc'!A0");

	/** Malformed ids for path variables. */
	static final List<String> IDS = List.of("abc", "-1", "0", "9223372036854775807", "9223372036854775808", "1e309",
			"NaN", "1.5", "%20");

	static final List<String> LEAKS = List.of("Exception", "at cn.tangshan", "at org.springframework", "java.lang.",
			"PSQLException", "SQLState", "Whitelabel", "Caused by", "stack trace", "ERROR:");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	int requests;

	final List<String> failures = new ArrayList<>();

	@Test
	void everyParameterRefusesHostileValuesCleanly() throws Exception {
		Map<String, String> demoIds = ids();
		// Account pages work on an account of this test's own: a hostile value that is
		// also a valid password or name must not change an account other suites log in
		// as.
		Map<String, String> accountIds = new LinkedHashMap<>(demoIds);
		accountIds.put("id",
				String.valueOf(this.jdbc.queryForObject(
						"""
								insert into user_account (username, password_hash, display_name, role, unit_id, created_at)
								values ('badinput-scratch', '{noop}unused', '输入测试账号', 'COUNTY', (select min(id) from unit where type = 'COUNTY'),
								  now()) returning id""",
						Long.class)));
		try {
			everyEndpoint(demoIds, accountIds);
		}
		finally {
			this.jdbc.update("delete from user_account where username = 'badinput-scratch'");
		}
		System.out.printf("bad input: %d requests%n", this.requests);
		assertThat(this.requests).isGreaterThan(300);
		assertThat(this.failures).as("bad-input failures").isEmpty();
	}

	private void everyEndpoint(Map<String, String> demoIds, Map<String, String> accountIds) throws Exception {
		for (Endpoint endpoint : Endpoints.all(this.context)) {
			if (endpoint.pattern().equals("/login") || endpoint.pattern().startsWith("/audit/verify")) {
				continue;
			}
			Map<String, String> ids = (endpoint.pattern().startsWith("/admin/users/")
					|| endpoint.pattern().startsWith("/security/users/")) ? accountIds : demoIds;
			String path = endpoint.expand(ids);
			String who = userFor(endpoint);
			for (String name : endpoint.parameters()) {
				for (String value : VALUES) {
					send(endpoint, base(endpoint, path, who).param(name, value),
							endpoint + " " + name + "=" + value.substring(0, Math.min(value.length(), 30)));
				}
				// Duplicated parameter.
				send(endpoint, base(endpoint, path, who).param(name, "1", "2"), endpoint + " " + name + " twice");
			}
			for (String variable : endpoint.variables()) {
				for (String bad : IDS) {
					Map<String, String> values = new LinkedHashMap<>(ids);
					values.put(variable, bad);
					send(endpoint, base(endpoint, endpoint.expand(values), who),
							endpoint + " {" + variable + "}=" + bad);
				}
			}
		}
	}

	@Test
	void versionFieldsWrongMissingOrDuplicated() throws Exception {
		Long report = this.jdbc.queryForObject("""
				select r.id from report r join unit u on u.id = r.unit_id join user_account a on a.unit_id = u.id
				where a.username = 'lunan' and r.status = 'SUBMITTED' order by r.period desc limit 1""", Long.class);
		Long order = this.jdbc.queryForObject("select min(id) from supervision_order where status = 'OPEN'",
				Long.class);
		Long draft = this.jdbc.queryForObject("select min(id) from supervision_order", Long.class);
		for (String version : new String[] { null, "", "abc", "-1", "999999", "9223372036854775808" }) {
			AbstractMockHttpServletRequestBuilder<?> approve = post("/reviews/{id}/approve", report).with(user("fgw"))
				.with(csrf());
			AbstractMockHttpServletRequestBuilder<?> close = post("/supervision/{id}/close", order).with(user("fgw"))
				.with(csrf())
				.param("remark", "x");
			if (version != null) {
				approve.param("version", version);
				close.param("version", version);
			}
			send(null, approve, "approve with version " + version);
			send(null, close, "close with version " + version);
		}
		send(null, post("/supervision/{id}/close", draft).with(user("fgw")).with(csrf()).param("version", "0", "1"),
				"close with two versions");
		assertThat(this.failures).isEmpty();
	}

	@Test
	void uploadsWithTheWrongContentOrBombsAreRefused() throws Exception {
		Long report = this.jdbc.queryForObject("""
				select r.id from report r join user_account a on a.unit_id = r.unit_id
				where a.username = 'luannan' order by r.period desc, r.id limit 1""", Long.class);
		Long order = this.jdbc.queryForObject("""
				select o.id from supervision_order o where o.status in ('OPEN', 'RETURNED') order by o.id limit 1""",
				Long.class);
		String orderUser = this.jdbc.queryForObject("""
				select a.username from user_account a join supervision_order o on o.unit_id = a.unit_id
				where o.id = ? order by a.id limit 1""", String.class, order);
		List<MockMultipartFile> files = List.of(
				new MockMultipartFile("file", "photo.png", "image/png", "not a png at all".getBytes()),
				new MockMultipartFile("file", "doc.pdf", "application/pdf", "MZ\u0090\u0000 an exe".getBytes()),
				new MockMultipartFile("file", "empty.jpg", "image/jpeg", new byte[0]),
				new MockMultipartFile("file", "<script>.png", "image/png", pngBomb()),
				new MockMultipartFile("file", "bomb.png", "image/png", pngBomb()),
				new MockMultipartFile("file", "../../x.pdf", "text/html", "<html>".getBytes()));
		for (MockMultipartFile file : files) {
			String before = checksum();
			send(null, multipart("/reports/{id}/evidence", report).file(file).with(user("luannan")).with(csrf()),
					"evidence " + file.getOriginalFilename());
			send(null, multipart("/supervision/{id}/evidence", order).file(file).with(user(orderUser)).with(csrf()),
					"supervision evidence " + file.getOriginalFilename());
			assertThat(checksum()).as("stored from %s", file.getOriginalFilename()).isEqualTo(before);
		}
		List<MockMultipartFile> sheets = List.of(new MockMultipartFile("file", "bomb.xlsx", XLSX, xlsxBomb()),
				new MockMultipartFile("file", "text.xlsx", XLSX, "just text".getBytes()),
				new MockMultipartFile("file", "empty.xlsx", XLSX, new byte[0]));
		for (MockMultipartFile sheet : sheets) {
			String before = checksum();
			long t0 = System.nanoTime();
			send(null,
					multipart("/reports/import").file(sheet)
						.param("month", "2024-06")
						.with(user("luannan"))
						.with(csrf()),
					"report import " + sheet.getOriginalFilename());
			send(null, multipart("/allocations/import").file(sheet).with(user("zjj")).with(csrf()),
					"allocation import " + sheet.getOriginalFilename());
			assertThat((System.nanoTime() - t0) / 1_000_000).as("time for %s", sheet.getOriginalFilename())
				.isLessThan(20_000);
			assertThat(checksum()).as("stored from %s", sheet.getOriginalFilename()).isEqualTo(before);
		}
		assertThat(this.failures).isEmpty();
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The stored state after the last write; a refused write must leave it as it is. */
	private String baseline;

	private void send(Endpoint endpoint, AbstractMockHttpServletRequestBuilder<?> request, String what)
			throws Exception {
		boolean write = endpoint == null || !endpoint.isGet();
		if (write && this.baseline == null) {
			this.baseline = checksum();
		}
		String before = this.baseline;
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			// MockMvc rethrows what would be the 500 page.
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			this.failures.add(what + ": 500 " + cause);
			this.baseline = null;
			this.requests++;
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		this.requests++;
		int status = response.getStatus();
		if (status >= 500) {
			this.failures.add(what + ": " + status);
			this.baseline = null;
			return;
		}
		String type = (response.getContentType() != null) ? response.getContentType() : "";
		if (type.startsWith("text/html")) {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			for (String leak : LEAKS) {
				if (body.contains(leak)) {
					this.failures.add(what + ": response shows " + leak);
				}
			}
		}
		boolean refused = status >= 400 || (status == 200 && write)
				|| (status == 302 && result.getFlashMap().containsKey("error"));
		if (write) {
			this.baseline = checksum();
			if (refused && !before.equals(this.baseline)) {
				this.failures.add(what + ": refused (" + status + ") but stored a change");
			}
		}
	}

	/** Every data table but the trails (a refusal is audited) and visit marks. */
	private String checksum() {
		return this.jdbc.queryForObject(
				"""
						select md5(concat_ws('#',
						  (select string_agg(r::text, '|' order by r.id) from report r),
						  (select string_agg(x::text, '|' order by x.id) from report_value x),
						  (select string_agg(e.id || ':' || e.file_name || ':' || e.size_bytes, '|' order by e.id) from evidence e),
						  (select string_agg(o::text, '|' order by o.id) from supervision_order o),
						  (select string_agg(x::text, '|' order by x.id) from supervision_event x),
						  (select string_agg(e.id || ':' || e.file_name, '|' order by e.id) from supervision_evidence e),
						  (select string_agg(x::text, '|' order by x.id) from allocation x),
						  (select string_agg(x::text, '|' order by x.id) from extension x),
						  (select string_agg(x::text, '|' order by x.id) from bulletin x),
						  (select string_agg(x::text, '|') from progress_settings x),
						  (select string_agg(x::text, '|') from expected_progress x),
						  (select string_agg(a.id || a.username || a.password_hash || a.role || a.unit_id || a.enabled || a.display_name, '|' order by a.id) from user_account a),
						  (select string_agg(x::text, '|' order by x.id) from unit x)))""",
				String.class);
	}

	private AbstractMockHttpServletRequestBuilder<?> base(Endpoint endpoint, String path, String who) {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.isGet()) {
			request = get(path);
		}
		else if (endpoint.multipart()) {
			request = multipart(path).file(new MockMultipartFile("file", "a.png", "image/png", new byte[] { 1, 2 }));
		}
		else {
			request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		request.with(user(who));
		return endpoint.isGet() ? request : request.with(csrf());
	}

	/** Someone who may use the page, so the input reaches its validation. */
	private static String userFor(Endpoint endpoint) {
		String p = endpoint.pattern();
		if (p.startsWith("/admin") || p.startsWith("/account")) {
			return "admin";
		}
		if (p.startsWith("/security")) {
			return "secadmin";
		}
		if (p.startsWith("/audit")) {
			return "auditor";
		}
		if (p.startsWith("/reports") || p.startsWith("/evidence") || p.startsWith("/supervision/{id}/answer")) {
			return "luannan";
		}
		if (p.startsWith("/allocations")) {
			return "zjj";
		}
		return "fgw";
	}

	/** Real ids of the demo installation for every path variable. */
	private Map<String, String> ids() {
		Map<String, String> ids = new LinkedHashMap<>();
		String report = this.jdbc.queryForObject("""
				select r.id::text from report r join user_account a on a.unit_id = r.unit_id
				where a.username = 'luannan' order by r.period desc, r.id limit 1""", String.class);
		ids.put("reportId", report);
		ids.put("projectId", this.jdbc.queryForObject("select project_id::text from report where id = ?::bigint",
				String.class, report));
		ids.put("id", this.jdbc.queryForObject("select min(id)::text from supervision_order", String.class));
		ids.put("fileId", "1");
		ids.put("photoId",
				this.jdbc.queryForObject("select coalesce(min(id), 1)::text from experience_photo", String.class));
		ids.put("name", "minsheng-20240101-000000000.tar.gz");
		ids.put("decision", "approve");
		return ids;
	}

	/** A tiny PNG that claims to be 100000 × 100000 pixels (40 GB decoded). */
	static byte[] pngBomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
		ihdr.write(new byte[] { 0, 1, (byte) 0x86, (byte) 0xA0, 0, 1, (byte) 0x86, (byte) 0xA0, 8, 6, 0, 0, 0 });
		chunk(out, "IHDR", ihdr.toByteArray());
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 20; i++) {
				z.write(zeros);
			}
		}
		chunk(out, "IDAT", idat.toByteArray());
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
		out.write(new byte[] { (byte) (data.length >>> 24), (byte) (data.length >>> 16), (byte) (data.length >>> 8),
				(byte) data.length });
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		long c = crc.getValue();
		out.write(new byte[] { (byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c });
	}

	/** An .xlsx whose sheet inflates to 500 MB of repeated XML. */
	static byte[] xlsxBomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
							+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")
						.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
				.getBytes(StandardCharsets.UTF_8);
			byte[] block = new byte[row.length * 10_000];
			for (int i = 0; i < 10_000; i++) {
				System.arraycopy(row, 0, block, i * row.length, row.length);
			}
			for (int i = 0; i < 600; i++) {
				zip.write(block);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
