package cn.tangshan.minsheng.plan;

/**
 * Something the import could not read with certainty, or that is wrong, at one field of
 * the {@link PlanForm} ({@code groups[0].projects[4].leads}, {@code year} …).
 *
 * @param path the form field's path, as the preview names its inputs
 * @param message what is wrong or uncertain, in the portal's language, naming the line of
 * the notice where it came from
 * @param blocking {@code true} when the plan cannot be stored until it is fixed;
 * {@code false} for a value to check (e.g. a name taken from the text)
 * @param suggestion a value to offer (e.g. the closest known department's code), or
 * {@code null}
 */
public record PlanFlag(String path, String message, boolean blocking,
		String suggestion) implements java.io.Serializable {
}
