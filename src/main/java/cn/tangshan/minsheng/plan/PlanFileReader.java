package cn.tangshan.minsheng.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * Reads a plan file (YAML) into a {@link PlanFile}, checking every value. Works on
 * SnakeYAML's node tree rather than on bound objects, so that each problem can be
 * reported with its line and column.
 */
class PlanFileReader {

	private final MessageSourceAccessor messages;

	PlanFileReader(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	/**
	 * @param knownDepartmentCodes codes of departments already stored, which a plan may
	 * name as lead departments without listing them again
	 */
	PlanFile read(InputStream in, Set<String> knownDepartmentCodes) {
		Node root;
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark();
			throw new PlanFileException(
					this.messages.getMessage("plan.file.syntax",
							new Object[] { mark.getLine() + 1, mark.getColumn() + 1, String.valueOf(ex.getProblem()) }),
					mark.getLine() + 1, "");
		}
		catch (YAMLException | IOException ex) {
			throw new PlanFileException(this.messages.getMessage("plan.file.unreadable"), 0, "");
		}
		if (root == null) {
			throw new PlanFileException(this.messages.getMessage("plan.file.empty"), 0, "");
		}
		Element file = new Element(root, "");
		Element plan = file.required("plan");
		List<PlanFile.UnitEntry> departments = new ArrayList<>();
		List<PlanFile.UnitEntry> counties = new ArrayList<>();
		Element units = file.optional("units");
		if (units != null) {
			departments.addAll(unitList(units.optional("departments")));
			counties.addAll(unitList(units.optional("counties")));
		}
		checkUnique(units, concat(departments, counties));
		Set<String> departmentCodes = new HashSet<>(knownDepartmentCodes);
		departments.forEach((d) -> departmentCodes.add(d.code()));

		Element coordinatorElement = plan.required("coordinator");
		String coordinator = coordinatorElement.text();
		if (!departmentCodes.contains(coordinator)) {
			throw coordinatorElement.error("plan.file.unknownUnit", coordinator);
		}
		PlanFile.Header header = new PlanFile.Header(plan.required("year").integer(2000, 2100),
				plan.required("title").text(), optionalText(plan, "documentNumber"), optionalText(plan, "issuer"),
				optionalDate(plan, "issuedOn"), plan.required("basicCompletionDue").date(),
				plan.required("fullCompletionDue").date(), coordinator,
				(plan.optional("reportDeadlineDay") != null) ? plan.optional("reportDeadlineDay").integer(1, 28) : 5,
				optionalText(plan, "preamble"));
		if (header.fullCompletionDue().isBefore(header.basicCompletionDue())) {
			throw plan.required("fullCompletionDue").error("plan.file.dueOrder");
		}

		List<PlanFile.GroupEntry> groups = new ArrayList<>();
		Set<Integer> groupNumbers = new HashSet<>();
		for (Element group : file.required("groups").list()) {
			Element number = group.required("no");
			int groupNo = number.integer(1, 99);
			if (!groupNumbers.add(groupNo)) {
				throw number.error("plan.file.duplicateNumber", groupNo);
			}
			List<PlanFile.ProjectEntry> projects = new ArrayList<>();
			Set<Integer> projectNumbers = new HashSet<>();
			for (Element project : group.required("projects").list()) {
				Element projectNumber = project.required("no");
				int projectNo = projectNumber.integer(1, 999);
				if (!projectNumbers.add(projectNo)) {
					throw projectNumber.error("plan.file.duplicateNumber", projectNo);
				}
				List<String> leads = new ArrayList<>();
				for (Element lead : project.required("leads").list()) {
					String code = lead.text();
					if (!departmentCodes.contains(code)) {
						throw lead.error("plan.file.unknownUnit", code);
					}
					if (leads.contains(code)) {
						throw lead.error("plan.file.duplicateLead", code);
					}
					leads.add(code);
				}
				List<PlanFile.IndicatorEntry> indicators = project.required("indicators")
					.list()
					.stream()
					.map(this::indicator)
					.toList();
				projects.add(new PlanFile.ProjectEntry(projectNo, project.required("name").text(),
						project.required("description").text(), leads, indicators));
			}
			groups.add(new PlanFile.GroupEntry(groupNo, group.required("name").text(), projects));
		}
		return new PlanFile(header, departments, counties, groups);
	}

	private PlanFile.IndicatorEntry indicator(Element indicator) {
		String name = indicator.required("name").text();
		Element milestone = indicator.optional("milestone");
		if (milestone != null && milestone.bool()) {
			Element target = indicator.optional("target");
			if (target != null) {
				throw target.error("plan.file.milestoneTarget");
			}
			return new PlanFile.IndicatorEntry(name, IndicatorKind.MILESTONE, null, null, null);
		}
		BigDecimal target = indicator.required("target").decimal();
		String unit = indicator.required("unit").text();
		Qualifier qualifier = null;
		Element qualifierElement = indicator.optional("qualifier");
		if (qualifierElement != null) {
			String word = qualifierElement.text();
			qualifier = Qualifier.fromPlanWord(word)
				.orElseThrow(() -> qualifierElement.error("plan.file.unknownQualifier", word));
		}
		return new PlanFile.IndicatorEntry(name, IndicatorKind.QUANTITATIVE, target, unit, qualifier);
	}

	private List<PlanFile.UnitEntry> unitList(Element list) {
		if (list == null) {
			return List.of();
		}
		return list.list()
			.stream()
			.map((u) -> new PlanFile.UnitEntry(u.required("code").code(), u.required("name").text(),
					u.required("shortName").text()))
			.toList();
	}

	private void checkUnique(Element units, List<PlanFile.UnitEntry> all) {
		Set<String> seen = new HashSet<>();
		for (PlanFile.UnitEntry unit : all) {
			if (!seen.add(unit.code())) {
				throw units.error("plan.file.duplicateUnit", unit.code());
			}
		}
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static String optionalText(Element parent, String key) {
		Element element = parent.optional(key);
		return (element != null) ? element.text() : null;
	}

	private static LocalDate optionalDate(Element parent, String key) {
		Element element = parent.optional(key);
		return (element != null) ? element.date() : null;
	}

	/**
	 * A node of the file with the path that leads to it.
	 */
	private final class Element {

		private final Node node;

		private final String path;

		Element(Node node, String path) {
			this.node = node;
			this.path = path;
		}

		Map<String, Element> entries() {
			if (!(this.node instanceof MappingNode mapping)) {
				throw error("plan.file.notMapping");
			}
			Map<String, Element> entries = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					String childPath = this.path.isEmpty() ? key.getValue() : this.path + "." + key.getValue();
					entries.put(key.getValue(), new Element(tuple.getValueNode(), childPath));
				}
			}
			return entries;
		}

		Element optional(String key) {
			Element element = entries().get(key);
			if (element != null && element.node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
				return null;
			}
			return element;
		}

		Element required(String key) {
			Element element = optional(key);
			if (element == null) {
				throw error("plan.file.required", key);
			}
			return element;
		}

		List<Element> list() {
			if (!(this.node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
				throw error("plan.file.notList");
			}
			List<Element> elements = new ArrayList<>();
			for (int i = 0; i < sequence.getValue().size(); i++) {
				elements.add(new Element(sequence.getValue().get(i), this.path + "[" + (i + 1) + "]"));
			}
			return elements;
		}

		String text() {
			if (!(this.node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
				throw error("plan.file.notText");
			}
			return scalar.getValue().strip();
		}

		String code() {
			String code = text();
			if (!code.matches("[a-z][a-z0-9_-]{0,39}")) {
				throw error("plan.file.badCode", code);
			}
			return code;
		}

		int integer(int min, int max) {
			return parse((s) -> {
				int value = Integer.parseInt(s);
				if (value < min || value > max) {
					throw new NumberFormatException();
				}
				return value;
			}, "plan.file.notInteger", min, max);
		}

		BigDecimal decimal() {
			return parse((s) -> {
				BigDecimal value = new BigDecimal(s);
				if (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12) {
					throw new NumberFormatException();
				}
				return value;
			}, "plan.file.notNumber");
		}

		LocalDate date() {
			return parse(LocalDate::parse, "plan.file.notDate");
		}

		boolean bool() {
			return parse((s) -> switch (s) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new NumberFormatException();
			}, "plan.file.notBoolean");
		}

		private <T> T parse(Function<String, T> parser, String code, Object... extra) {
			String text = text();
			try {
				return parser.apply(text);
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				Object[] args = new Object[extra.length + 1];
				args[0] = text;
				System.arraycopy(extra, 0, args, 1, extra.length);
				throw error(code, args);
			}
		}

		PlanFileException error(String code, Object... args) {
			Mark mark = this.node.getStartMark();
			String problem = PlanFileReader.this.messages.getMessage(code, args);
			String where = this.path.isEmpty() ? "/" : this.path;
			return new PlanFileException(
					PlanFileReader.this.messages.getMessage("plan.file.error",
							new Object[] { mark.getLine() + 1, mark.getColumn() + 1, where, problem }),
					mark.getLine() + 1, where);
		}

	}

}
